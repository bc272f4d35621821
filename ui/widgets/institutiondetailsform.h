#pragma once

#include "models/domain/institution.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace hpo {

// The institution's details as a form: read-only for now, the same fields the
// editing issue will open for input.
class InstitutionDetailsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit InstitutionDetailsForm(QWidget *parent = nullptr);
    void setInstitution(const Institution &institution);

private:
    QLineEdit *addField(const QString &objectName, const QString &label);

    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLineEdit *m_board;
    QLineEdit *m_visiting;
    QLineEdit *m_correspondence;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_website;
};

} // namespace hpo
