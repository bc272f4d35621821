#pragma once

#include <optional>

class QWidget;

namespace hpo {

enum class SignOutChoice { KeepData, RemoveData };

// "Uitloggen": asks whether to keep the offline data. nullopt = cancelled.
std::optional<SignOutChoice> askSignOut(QWidget *parent);

} // namespace hpo
