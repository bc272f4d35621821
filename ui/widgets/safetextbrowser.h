#pragma once

#include <QTextBrowser>

namespace hpo {

// A read-only text view for mail from outside: it never fetches anything (no
// remote images, no file: URLs; only inline data: URLs), never follows links by
// itself, and runs no scripts (QTextDocument has none). Links are reported instead.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

    // How many resources were refused since construction (for tests and logs).
    int refusedResources() const { return m_refused; }

private:
    int m_refused = 0;
};

} // namespace hpo
