#include "ui/widgets/safetextbrowser.h"

namespace hpo {

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                            | Qt::LinksAccessibleByKeyboard);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    // A null answer lets QTextDocument decode data: URLs itself. Anything else gets an
    // empty but non-null answer: a null one would make the document read local files.
    if (name.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0)
        return {};
    ++m_refused;
    return QByteArray();
}

} // namespace hpo
