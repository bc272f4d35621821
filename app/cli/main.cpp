#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MijnHelpdeskPO"));
    QCoreApplication::setApplicationName(QStringLiteral("mijnhelpdeskpo-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HPO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("MijnHelpdeskPO without a window: sign in, sync and read the offline cache."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    parser.process(app);

    if (parser.positionalArguments().isEmpty()) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 1;
    }
    std::fprintf(stderr, "mijnhelpdeskpo-cli: unknown command \"%s\"\n",
                 qPrintable(parser.positionalArguments().constFirst()));
    return 1;
}
