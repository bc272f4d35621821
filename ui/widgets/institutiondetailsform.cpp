#include "ui/widgets/institutiondetailsform.h"

#include "models/displaytext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hpo {

InstitutionDetailsForm::InstitutionDetailsForm(QWidget *parent)
    : QWidget(parent),
      m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("institutionDetails"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = addField(QStringLiteral("detailName"), tr("Name"));
    m_code = addField(QStringLiteral("detailCode"), tr("Code"));
    m_board = addField(QStringLiteral("detailBoard"), tr("Board"));
    m_visiting = addField(QStringLiteral("detailVisitingAddress"), tr("Visiting address"));
    m_correspondence = addField(QStringLiteral("detailCorrespondenceAddress"), tr("Correspondence address"));
    m_phone = addField(QStringLiteral("detailPhone"), tr("Phone"));
    m_email = addField(QStringLiteral("detailEmail"), tr("E-mail"));
    m_website = addField(QStringLiteral("detailWebsite"), tr("Website"));
}

QLineEdit *InstitutionDetailsForm::addField(const QString &objectName, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setAccessibleName(label);
    edit->setAccessibleDescription(tr("Read-only for now"));
    m_form->addRow(label, edit);
    return edit;
}

void InstitutionDetailsForm::setInstitution(const Institution &institution)
{
    m_name->setText(institution.name);
    m_code->setText(institution.code);
    m_form->setRowVisible(m_board, institution.isSchool());
    m_board->setText(institution.boardCode);
    m_visiting->setText(DisplayText::address(institution.visitingAddress));
    m_correspondence->setText(institution.correspondenceAddress
                                  ? DisplayText::address(*institution.correspondenceAddress)
                                  : tr("Same as visiting address"));
    m_phone->setText(institution.phone);
    m_email->setText(institution.email);
    m_website->setText(institution.website);
    const QString codeLabel = institution.isSchool() ? tr("Instellingscode") : tr("Bevoegd-gezagnummer");
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_code)))
        label->setText(codeLabel);
    m_code->setAccessibleName(codeLabel);
}

} // namespace hpo
