#pragma once

#include <optional>

class QMessageBox;
class QWidget;

namespace hpo {

enum class SignOutChoice { KeepData, RemoveData };

// "Uitloggen": asks whether to keep the offline data. nullopt = cancelled.
std::optional<SignOutChoice> askSignOut(QWidget *parent);

// The question askSignOut() shows, not yet shown (for tests that inspect it); its
// buttons are named signOutKeep, signOutRemove and signOutCancel.
QMessageBox *createSignOutQuestion(QWidget *parent);

} // namespace hpo
