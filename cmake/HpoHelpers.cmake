# hpo_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [TIMEOUT s])
# One Qt Test class per executable, registered with CTest. Tests link the layer
# libraries; nothing is compiled twice.
function(hpo_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "HPO_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
            "HPO_BIN_DIR=${CMAKE_RUNTIME_OUTPUT_DIRECTORY}" ${T_ENV})
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}")
endfunction()

# hpo_add_test_variant(NAME name BASE test ENV VAR=value ...)
# Runs an existing test executable again under another environment (e.g. TZ).
function(hpo_add_test_variant)
    cmake_parse_arguments(T "" "NAME;BASE" "ENV" ${ARGN})
    add_test(NAME ${T_NAME} COMMAND ${T_BASE})
    get_test_property(${T_BASE} ENVIRONMENT base_env)
    get_test_property(${T_BASE} TIMEOUT base_timeout)
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${base_env};${T_ENV}" TIMEOUT ${base_timeout})
endfunction()
