// Holds the compiled Dutch catalogue (embedded under :/i18n by CMake).
namespace hpo {
int translationsAnchor = 0;
}
