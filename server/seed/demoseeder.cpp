#include "server/seed/demoseeder.h"

#include "server/seed/duocsvreader.h"
#include "server/store/seedwriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>

namespace hpo::server {

namespace {

constexpr quint32 fixedSeed = 20161001;

const std::array firstNames {"Anna",    "Bram",  "Daan",   "Emma",   "Eva",    "Femke", "Gert",    "Hanneke",
                             "Ilse",    "Jan",   "Joost",  "Karin",  "Lieke",  "Lotte", "Marieke", "Mark",
                             "Martijn", "Noor",  "Peter",  "Pieter", "Renate", "Ruud",  "Sanne",   "Sem",
                             "Sophie",  "Thijs", "Tim",    "Wim",    "Yvonne", "Zoë",   "Esther",  "Jeroen",
                             "Marloes", "Bas",   "Ingrid", "Koen",   "Mirjam", "Ahmed", "Fatima",  "Mohamed"};
const std::array prefixes {"",        "",        "",       "",    "van", "de",
                           "van der", "van den", "van de", "ter", "den", "in 't"};
const std::array lastNames {
    "Jansen", "Bakker",   "Visser", "Smit",    "Meijer",    "Mulder",   "Bos",       "Vos",
    "Peters", "Hendriks", "Dekker", "Brouwer", "Dijkstra",  "Wit",      "Berg",      "Vliet",
    "Graaf",  "Linden",   "Kok",    "Jacobs",  "Vermeulen", "Willems",  "Hoekstra",  "Koster",
    "Prins",  "Huisman",  "Postma", "Kuipers", "Veen",      "Zwart",    "Boer",      "Groot",
    "Heuvel", "Wal",      "Brink",  "Yilmaz",  "El Amrani", "Schouten", "Verhoeven", "Timmermans"};
const std::array schoolFunctions {"Directeur",         "Adjunct-directeur", "Administratief medewerker",
                                  "Intern begeleider", "Office manager",    "Locatieleider"};
const std::array boardFunctions {"Bestuurder", "Controller", "Medewerker bedrijfsvoering",
                                 "Beleidsmedewerker onderwijs", "Financieel administrateur"};
const std::array subjects {"Beschikking bekostiging %1",       "Leerlingtelling 1 oktober %1",
                           "Ontvangstbevestiging melding %2",  "Vraag over BRON-uitwisseling",
                           "Wijziging gegevens bevoegd gezag", "Jaarverslag %1",
                           "Beschikking gewichtenregeling %1", "Herinnering: controle leerlinggegevens",
                           "Uw vraag aan de helpdesk (%2)",    "Accountantsverklaring %1",
                           "Aanvraag groeiregeling %1",        "Correctie inschrijving"};
const std::array sentences {
    "Hierbij ontvangt u de beschikking voor het schooljaar.",
    "Wij hebben uw melding in goede orde ontvangen en in behandeling genomen.",
    "Controleer de gegevens in de bijlage en laat het ons weten als er iets niet klopt.",
    "De leerlinggegevens zijn uitgewisseld met BRON en verwerkt.",
    "Voor vragen kunt u contact opnemen met de helpdesk van DUO.",
    "De telling is gebaseerd op de inschrijvingen op de peildatum.",
    "Wij verzoeken u de ontbrekende gegevens binnen zes weken aan te leveren.",
    "Uw aanvraag is toegekend; het bedrag wordt in termijnen uitbetaald.",
    "Na de peildatum zijn er correcties verwerkt voor enkele leerlingen.",
    "Met vriendelijke groet, Dienst Uitvoering Onderwijs.",
    "In de bijlage vindt u een overzicht per vestiging.",
    "Wij hebben een afwijking gevonden tussen de administratie en BRON.",
};
const std::array newsTitles {"Nieuwe versie van het portaal",
                             "Gewijzigde openingstijden helpdesk",
                             "Peildatum 1 oktober nadert",
                             "Onderhoud aan BRON dit weekend",
                             "Inloggen alleen nog met eHerkenning",
                             "Nieuwe regeling groeibekostiging",
                             "Jaarverantwoording: let op de termijn",
                             "Storing opgelost",
                             "Vernieuwd GTB-overzicht",
                             "Contactpersonen actueel houden"};
const std::array momentSubjects {"Vraag over bekostiging",     "Inloggen lukt niet",
                                 "Correctie leerlinggegevens", "Wijziging contactpersoon",
                                 "Vraag over GTB-overzicht",   "Terugbelverzoek",
                                 "Melding BRON-fout",          "Vraag over beschikking"};
const std::array channels {"phone", "email", "chat", "letter", "web-form"};

QString titleCase(const QString &text)
{
    QString out = text.toLower();
    bool start = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (start && out.at(i).isLetter()) {
            out[i] = out.at(i).toUpper();
            start = false;
        } else if (out.at(i) == u' ' || out.at(i) == u'-' || out.at(i) == u'(') {
            start = true;
        } else if (out.at(i).isLetter()) {
            start = false;
        }
    }
    return out;
}

QString postcode(const QString &raw)
{
    QString compact = raw;
    compact.remove(u' ');
    compact = compact.toUpper();
    static const QRegularExpression dutch(QStringLiteral("^[1-9][0-9]{3}[A-Z]{2}$"));
    if (dutch.match(compact).hasMatch()) {
        return compact.left(4) + u' ' + compact.mid(4);
    }
    return raw.trimmed();
}

QJsonObject address(const QString &street, const QString &houseNumber, const QString &pc, const QString &town)
{
    return QJsonObject {{QStringLiteral("street"), street},
                        {QStringLiteral("houseNumber"), houseNumber},
                        {QStringLiteral("postcode"), postcode(pc)},
                        {QStringLiteral("town"), titleCase(town)}};
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// A deterministic random source with the helpers the generators need.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) { }
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename A> QString pick(const A &array)
    {
        return QString::fromUtf8(array[below(int(array.size()))]);
    }
    QDateTime timeBetween(const QDateTime &from, const QDateTime &to)
    {
        const qint64 span = from.secsTo(to);
        return from.addSecs(qint64(m_rng.bounded(quint64(span))));
    }

private:
    QRandomGenerator m_rng;
};

struct Person
{
    QString initials, firstName, prefix, lastName;
    QString displayName() const
    {
        return firstName + u' ' + (prefix.isEmpty() ? QString() : prefix + u' ') + lastName;
    }
};

Person randomPerson(Dice &dice)
{
    Person p;
    p.firstName = dice.pick(firstNames);
    p.prefix = dice.pick(prefixes);
    p.lastName = dice.pick(lastNames);
    p.initials = p.firstName.left(1) + u'.';
    return p;
}

QString emailDomain(const QString &website, const QString &fallbackCode)
{
    QString host = website.toLower();
    host.remove(QStringLiteral("http://")).remove(QStringLiteral("https://"));
    host = host.section(u'/', 0, 0);
    if (host.startsWith(QStringLiteral("www."))) {
        host = host.mid(4);
    }
    if (!host.contains(u'.')) {
        host = fallbackCode.toLower() + QStringLiteral(".school.example.nl");
    }
    return host;
}

QJsonObject contactJson(const QString &id, const Person &p, const QString &function, const QString &domain,
                        const QString &phone, const QStringList &roles)
{
    QString local
        = (p.firstName + u'.' + (p.prefix.isEmpty() ? QString() : p.prefix + u'.') + p.lastName).toLower();
    local.replace(u' ', u'.').remove(u'\'');
    local.replace(QStringLiteral("ë"), QStringLiteral("e"));
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("initials"), p.initials},
                        {QStringLiteral("firstName"), p.firstName},
                        {QStringLiteral("prefix"), p.prefix},
                        {QStringLiteral("lastName"), p.lastName},
                        {QStringLiteral("function"), function},
                        {QStringLiteral("email"), QString(local + u'@' + domain)},
                        {QStringLiteral("phone"), phone},
                        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
}

struct School
{
    QString code, board, name, municipality, denomination, phone, website;
    QJsonObject visiting, correspondence;
};

QJsonObject scaledCounts(const QJsonObject &base, double factor)
{
    auto scale = [&](const char *key) {
        return qMax(0, int(std::lround(base.value(QLatin1String(key)).toInt() * factor)));
    };
    const int under8 = scale("under8");
    const int over = scale("eightAndOver");
    const int total = under8 + over;
    const int w030 = qMin(total, scale("weight030"));
    const int w120 = qMin(total - w030, scale("weight120"));
    return QJsonObject {{QStringLiteral("under8"), under8},
                        {QStringLiteral("eightAndOver"), over},
                        {QStringLiteral("weight000"), total - w030 - w120},
                        {QStringLiteral("weight030"), w030},
                        {QStringLiteral("weight120"), w120},
                        {QStringLiteral("newcomers"), qMin(total, scale("newcomers"))},
                        {QStringLiteral("total"), total}};
}

} // namespace

QString SeedReport::summary() const
{
    return QStringLiteral("seeded %1 schools, %2 boards, %3 branches, %4 GTB overviews, %5 contacts, "
                          "%6 archive items, %7 news, %8 contact moments, %9 evaluations in %10 ms (%11 "
                          "unreadable lines)")
        .arg(schools)
        .arg(boards)
        .arg(branches)
        .arg(gtbOverviews)
        .arg(contacts)
        .arg(archiveItems)
        .arg(news)
        .arg(contactMoments)
        .arg(evaluations)
        .arg(elapsedMs)
        .arg(problems.size());
}

DemoSeeder::DemoSeeder(QString sourceDir, SeedWriter &writer)
    : m_sourceDir(std::move(sourceDir)),
      m_writer(writer)
{ }

Result<SeedReport> DemoSeeder::run()
{
    QElapsedTimer timer;
    timer.start();
    SeedReport report;
    const QDir dir(m_sourceDir);
    const QString schoolsFile = QStringLiteral("hoofdvestigingen-bo-2017.csv");
    const QString pupilsFile = QStringLiteral("leerlingen-bo-gewicht-leeftijd-2016-2017.csv");
    const QString bronFile = QStringLiteral("leerlingen-bo-in-bron-2016-2017.csv");

    DuoCsvReader schoolsCsv, pupilsCsv, bronCsv;
    for (auto [reader, name, header] :
         {std::tuple {&schoolsCsv, schoolsFile, 1}, std::tuple {&pupilsCsv, pupilsFile, 1},
          std::tuple {&bronCsv, bronFile, 2}}) {
        if (Status read = reader->read(dir.filePath(name), header); !read) {
            return read.error();
        }
        for (const CsvProblem &problem : reader->problems()) {
            report.problems.append(name + u':' + QString::number(problem.line) + QStringLiteral(": ")
                                   + problem.message);
        }
    }
    if (Status begun = m_writer.begin(); !begun) {
        return begun.error();
    }

    // Schools and boards.
    QList<School> schools;
    QHash<QString, int> schoolIndex;
    QStringList boardOrder;
    QHash<QString, QList<int>> boardSchools;
    static const QRegularExpression brinPattern(QStringLiteral("^[0-9]{2}[A-Z]{2}$"));
    static const QRegularExpression boardPattern(QStringLiteral("^[0-9]{1,6}$"));
    for (const CsvRecord &r : schoolsCsv.records()) {
        School s;
        s.code = schoolsCsv.field(r, QStringLiteral("BRIN NUMMER")).toUpper();
        s.board = schoolsCsv.field(r, QStringLiteral("BEVOEGD GEZAG NUMMER"));
        if (!brinPattern.match(s.code).hasMatch() || !boardPattern.match(s.board).hasMatch()
            || schoolIndex.contains(s.code)) {
            report.problems.append(schoolsFile + u':' + QString::number(r.line)
                                   + QStringLiteral(": invalid or duplicate BRIN/board number"));
            continue;
        }
        s.name = schoolsCsv.field(r, QStringLiteral("INSTELLINGSNAAM"));
        s.municipality = titleCase(schoolsCsv.field(r, QStringLiteral("GEMEENTENAAM")));
        s.denomination = schoolsCsv.field(r, QStringLiteral("DENOMINATIE"));
        s.phone = schoolsCsv.field(r, QStringLiteral("TELEFOONNUMMER"));
        s.website = schoolsCsv.field(r, QStringLiteral("INTERNETADRES"));
        s.visiting = address(schoolsCsv.field(r, QStringLiteral("STRAATNAAM")),
                             schoolsCsv.field(r, QStringLiteral("HUISNUMMER-TOEVOEGING")),
                             schoolsCsv.field(r, QStringLiteral("POSTCODE")),
                             schoolsCsv.field(r, QStringLiteral("PLAATSNAAM")));
        s.correspondence
            = address(schoolsCsv.field(r, QStringLiteral("STRAATNAAM CORRESPONDENTIEADRES")),
                      schoolsCsv.field(r, QStringLiteral("HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES")),
                      schoolsCsv.field(r, QStringLiteral("POSTCODE CORRESPONDENTIEADRES")),
                      schoolsCsv.field(r, QStringLiteral("PLAATSNAAM CORRESPONDENTIEADRES")));
        schoolIndex.insert(s.code, int(schools.size()));
        if (!boardSchools.contains(s.board)) {
            boardOrder.append(s.board);
        }
        boardSchools[s.board].append(int(schools.size()));
        schools.append(s);
    }
    for (const School &s : schools) {
        QJsonObject data {
            {QStringLiteral("code"), s.code},
            {QStringLiteral("kind"), QStringLiteral("school")},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("visitingAddress"), s.visiting},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("email"),
             s.website.isEmpty() ? QString() : QStringLiteral("info@") + emailDomain(s.website, s.code)},
            {QStringLiteral("website"), s.website},
            {QStringLiteral("boardCode"), s.board},
            {QStringLiteral("municipality"), s.municipality},
            {QStringLiteral("denomination"), s.denomination}};
        if (s.correspondence != s.visiting
            && !s.correspondence.value(QStringLiteral("street")).toString().isEmpty()) {
            data.insert(QStringLiteral("correspondenceAddress"), s.correspondence);
        }
        m_writer.institution(s.code, QStringLiteral("school"), s.board, s.name, data);
        ++report.schools;
    }
    for (const QString &board : boardOrder) {
        const School &first = schools.at(boardSchools.value(board).first());
        // The open data has no board names: synthesise one from number and municipality.
        const QString name = QStringLiteral("Schoolbestuur %1 (%2)").arg(first.municipality, board);
        const QJsonObject data {
            {QStringLiteral("code"), board},
            {QStringLiteral("kind"), QStringLiteral("board")},
            {QStringLiteral("name"), name},
            {QStringLiteral("visitingAddress"), first.correspondence},
            {QStringLiteral("phone"), first.phone},
            {QStringLiteral("email"),
             QString(QStringLiteral("bestuur@bg") + board + QStringLiteral(".example.nl"))},
            {QStringLiteral("website"), QString()},
            {QStringLiteral("municipality"), first.municipality},
            {QStringLiteral("denomination"), first.denomination}};
        m_writer.institution(board, QStringLiteral("board"), QString(), name, data);
        ++report.boards;
    }

    // Branches (vestigingen) from the per-vestiging pupil file; "0" and "00" are the same site.
    QSet<QString> branchCodes;
    for (const CsvRecord &r : pupilsCsv.records()) {
        const QString brin = pupilsCsv.field(r, QStringLiteral("BRIN_NUMMER")).toUpper();
        bool ok = false;
        const int number = pupilsCsv.field(r, QStringLiteral("VESTIGINGSNUMMER")).toInt(&ok);
        if (!ok || number < 0 || number > 99) {
            report.problems.append(pupilsFile + u':' + QString::number(r.line)
                                   + QStringLiteral(": invalid VESTIGINGSNUMMER"));
            continue;
        }
        const QString code = brin + QString::number(number).rightJustified(2, u'0');
        if (branchCodes.contains(code)) {
            continue; // one line per weight class
        }
        const auto school = schoolIndex.constFind(brin);
        if (school == schoolIndex.cend()) {
            report.problems.append(pupilsFile + u':' + QString::number(r.line)
                                   + QStringLiteral(": unknown BRIN ") + brin);
            continue;
        }
        const School &s = schools.at(*school);
        const bool main = number == 0;
        const QJsonObject data {
            {QStringLiteral("code"), code},
            {QStringLiteral("institutionCode"), brin},
            {QStringLiteral("name"), pupilsCsv.field(r, QStringLiteral("INSTELLINGSNAAM_VESTIGING"))},
            {QStringLiteral("address"),
             address(main ? s.visiting.value(QStringLiteral("street")).toString() : QString(),
                     main ? s.visiting.value(QStringLiteral("houseNumber")).toString() : QString(),
                     pupilsCsv.field(r, QStringLiteral("POSTCODE_VESTIGING")),
                     pupilsCsv.field(r, QStringLiteral("PLAATSNAAM")))}};
        m_writer.branch(code, brin, data);
        branchCodes.insert(code);
        ++report.branches;
    }

    // GTB overviews shaped after the BRON file: its peildatum plus synthetic later ones.
    Dice dice(fixedSeed);
    QDate bronPeildatum(2016, 10, 1), bronUpdated(2016, 10, 15);
    if (!bronCsv.titleLines().isEmpty()) {
        QStringList title;
        QString error;
        if (DuoCsvReader::splitLine(bronCsv.titleLines().first(), &title, &error)) {
            for (qsizetype i = 0; i + 1 < title.size(); ++i) {
                if (title.at(i).startsWith(QStringLiteral("Peildatum"))) {
                    bronPeildatum = QDate::fromString(title.at(i + 1), QStringLiteral("d-M-yyyy"));
                } else if (title.at(i).startsWith(QStringLiteral("Bijgewerkt tot"))) {
                    bronUpdated = QDate::fromString(title.at(i + 1), QStringLiteral("d-M-yyyy"));
                }
            }
        }
    }
    QMap<QString, QJsonArray> gtbBranches;
    for (const CsvRecord &r : bronCsv.records()) {
        const QString brin = bronCsv.field(r, QStringLiteral("BRIN_NUMMER")).toUpper();
        bool ok = true;
        auto number = [&](const char *column) {
            bool fieldOk = false;
            const int value = bronCsv.field(r, QLatin1String(column)).toInt(&fieldOk);
            ok = ok && fieldOk && value >= 0;
            return value;
        };
        const int vestiging = number("VESTIGINGSNUMMER");
        const QJsonObject funded {{QStringLiteral("under8"), number("BEK_JONGER_8")},
                                  {QStringLiteral("eightAndOver"), number("BEK_8_EO")},
                                  {QStringLiteral("weight000"), number("BEK_GEW00")},
                                  {QStringLiteral("weight030"), number("BEK_GEW03")},
                                  {QStringLiteral("weight120"), number("BEK_GEW12")},
                                  {QStringLiteral("newcomers"), number("BEK_NOAT")},
                                  {QStringLiteral("total"), number("TOTAAL_BEKOSTIGD")}};
        const QJsonObject unfunded {{QStringLiteral("under8"), number("NIETBEK_JONGER_8")},
                                    {QStringLiteral("eightAndOver"), number("NIETBEK_8_EO")},
                                    {QStringLiteral("weight000"), number("NIETBEK_GEW00")},
                                    {QStringLiteral("weight030"), number("NIETBEK_GEW03")},
                                    {QStringLiteral("weight120"), number("NIETBEK_GEW12")},
                                    {QStringLiteral("newcomers"), number("NIETBEK_NOAT")},
                                    {QStringLiteral("total"), number("TOTAAL_NIET_BEKOSTIGD")}};
        if (!ok || vestiging > 99) {
            report.problems.append(bronFile + u':' + QString::number(r.line)
                                   + QStringLiteral(": invalid count"));
            continue;
        }
        if (!schoolIndex.contains(brin)) {
            report.problems.append(bronFile + u':' + QString::number(r.line)
                                   + QStringLiteral(": unknown BRIN ") + brin);
            continue;
        }
        gtbBranches[brin].append(
            QJsonObject {{QStringLiteral("branchCode"),
                          QString(brin + QString::number(vestiging).rightJustified(2, u'0'))},
                         {QStringLiteral("branchName"), bronCsv.field(r, QStringLiteral("NAAM_INSTELLING"))},
                         {QStringLiteral("funded"), funded},
                         {QStringLiteral("unfunded"), unfunded}});
    }
    const QDate overviewUpdated(2021, 12, 8);
    for (auto it = gtbBranches.cbegin(); it != gtbBranches.cend(); ++it) {
        QJsonArray peildata;
        for (int year = 2021; year > bronPeildatum.year(); --year) {
            const double factor = 0.9 + dice.below(200) / 1000.0 + (year - 2016) * 0.01;
            QJsonArray branches;
            for (const QJsonValue &value : it.value()) {
                QJsonObject branch = value.toObject();
                branch.insert(QStringLiteral("funded"),
                              scaledCounts(branch.value(QStringLiteral("funded")).toObject(), factor));
                branch.insert(QStringLiteral("unfunded"),
                              scaledCounts(branch.value(QStringLiteral("unfunded")).toObject(), factor));
                branches.append(branch);
            }
            const QDate updated = year == 2021 ? overviewUpdated : QDate(year, 11, 1 + dice.below(28));
            peildata.append(
                QJsonObject {{QStringLiteral("peildatum"), QDate(year, 10, 1).toString(Qt::ISODate)},
                             {QStringLiteral("updatedUntil"), updated.toString(Qt::ISODate)},
                             {QStringLiteral("branches"), branches}});
        }
        peildata.append(QJsonObject {{QStringLiteral("peildatum"), bronPeildatum.toString(Qt::ISODate)},
                                     {QStringLiteral("updatedUntil"), bronUpdated.toString(Qt::ISODate)},
                                     {QStringLiteral("branches"), it.value()}});
        m_writer.gtb(it.key(),
                     QJsonObject {{QStringLiteral("institutionCode"), it.key()},
                                  {QStringLiteral("updatedUntil"), overviewUpdated.toString(Qt::ISODate)},
                                  {QStringLiteral("peildata"), peildata}});
        ++report.gtbOverviews;
    }

    // Test identities (the broker page) and synthetic content.
    const QString seededAt = QStringLiteral("2026-01-05T09:00:00Z");
    const QString adminSchool = schools.value(0).code;
    const QList<int> multiSchools {1, 500, 3000};
    const QString multiLinked = schools.value(multiSchools.first()).code;
    QString noGemachtigdeBoard;
    auto identity = [&](const QString &id, const QString &kind, const QString &name, const QString &sees) {
        m_writer.person(id, kind, name, id + QStringLiteral("@example.nl"),
                        QJsonObject {{QStringLiteral("sees"), sees}});
    };

    int contactSeq = 0;
    auto nextContactId = [&]() -> QString {
        return u'c' + QString::number(++contactSeq).rightJustified(7, u'0');
    };
    auto phone = [&]() -> QString {
        return QStringLiteral("06") + QString::number(10000000 + dice.below(89999999));
    };

    for (int i = 0; i < schools.size(); ++i) {
        const School &s = schools.at(i);
        const QString domain = emailDomain(s.website, s.code);
        const Person gemachtigde = i == 0 ? Person {QStringLiteral("M."), QStringLiteral("Marieke"),
                                                    QStringLiteral("de"), QStringLiteral("Boer")}
                                          : randomPerson(dice);
        const QString id = nextContactId();
        m_writer.contact(id, s.code, i == 0 ? QStringLiteral("school-admin") : QString(),
                         contactJson(id, gemachtigde, QStringLiteral("Directeur"), domain, phone(),
                                     {QStringLiteral("gemachtigde")}));
        ++report.contacts;
        const int others = dice.below(4);
        for (int k = 0; k < others; ++k) {
            const QString otherId = nextContactId();
            m_writer.contact(otherId, s.code, QString(),
                             contactJson(otherId, randomPerson(dice), dice.pick(schoolFunctions), domain,
                                         phone(), {QStringLiteral("overige-contactpersoon")}));
            ++report.contacts;
        }
        if (multiSchools.contains(i)) {
            const QString multiId = nextContactId();
            m_writer.contact(multiId, s.code, QStringLiteral("multi-school"),
                             contactJson(multiId,
                                         Person {QStringLiteral("S."), QStringLiteral("Sanne"),
                                                 QStringLiteral("van"), QStringLiteral("Dijk")},
                                         QStringLiteral("Administratief medewerker"), domain, phone(),
                                         {QStringLiteral("overige-contactpersoon")}));
            ++report.contacts;
        }
    }
    for (int j = 0; j < boardOrder.size(); ++j) {
        const QString &board = boardOrder.at(j);
        const bool is41775 = board == u"41775";
        const bool hasGemachtigde = is41775 || j % 5 != 3;
        const QString domain = QStringLiteral("bg") + board + QStringLiteral(".example.nl");
        const int count = 1 + dice.below(3);
        for (int k = 0; k < count; ++k) {
            QStringList roles;
            if (k == 0 && hasGemachtigde) {
                roles << QStringLiteral("gemachtigde");
            }
            if (dice.chance(30)) {
                roles << QStringLiteral("doorontwikkelen-bron");
            }
            if (dice.chance(30)) {
                roles << QStringLiteral("rio");
            }
            const QString id = nextContactId();
            const bool identityContact = is41775 && k == 0;
            const Person person = identityContact
                ? Person {QStringLiteral("J."), QStringLiteral("Joost"), QStringLiteral("van der"),
                          QStringLiteral("Linden")}
                : randomPerson(dice);
            m_writer.contact(id, board, identityContact ? QStringLiteral("board-41775") : QString(),
                             contactJson(id, person, dice.pick(boardFunctions), domain, phone(), roles));
            ++report.contacts;
        }
        if (!hasGemachtigde && noGemachtigdeBoard.isEmpty()) {
            noGemachtigdeBoard = board;
            const QString id = nextContactId();
            m_writer.contact(id, board, QStringLiteral("board-no-gemachtigde"),
                             contactJson(id,
                                         Person {QStringLiteral("P."), QStringLiteral("Pieter"), QString(),
                                                 QStringLiteral("Bakker")},
                                         QStringLiteral("Controller"), domain, phone(),
                                         {QStringLiteral("rio")}));
            ++report.contacts;
        }
    }
    identity(QStringLiteral("school-admin"), QStringLiteral("person"), QStringLiteral("Marieke de Boer"),
             QStringLiteral("Gemachtigde of school ") + adminSchool + QStringLiteral(" (one linked school)"));
    m_writer.account(QStringLiteral("school-admin"), adminSchool, seededAt);
    identity(QStringLiteral("multi-school"), QStringLiteral("person"), QStringLiteral("Sanne van Dijk"),
             QStringLiteral("Contact person at %1, %2 and %3; linked to %1 only (Account toevoegen)")
                 .arg(multiLinked, schools.value(multiSchools.at(1)).code,
                      schools.value(multiSchools.at(2)).code));
    m_writer.account(QStringLiteral("multi-school"), multiLinked, seededAt);
    identity(QStringLiteral("board-41775"), QStringLiteral("person"), QStringLiteral("Joost van der Linden"),
             QStringLiteral("Staff of board 41775 and its %1 schools")
                 .arg(boardSchools.value(QStringLiteral("41775")).size()));
    m_writer.account(QStringLiteral("board-41775"), QStringLiteral("41775"), seededAt);
    identity(QStringLiteral("board-no-gemachtigde"), QStringLiteral("person"),
             QStringLiteral("Pieter Bakker"),
             QStringLiteral("Staff of board %1, which has no Gemachtigde, and its schools")
                 .arg(noGemachtigdeBoard));
    m_writer.account(QStringLiteral("board-no-gemachtigde"), noGemachtigdeBoard, seededAt);
    identity(QStringLiteral("agent"), QStringLiteral("agent"), QStringLiteral("Helpdesk medewerker Ruud"),
             QStringLiteral("Helpdesk agent: no institutions in the portal API"));

    // Archive: most schools a handful, some thousands, one of board 41775 100,000.
    const QDateTime archiveFrom(QDate(2016, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime archiveTo(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc());
    int archiveSeq = 0;
    for (int i = 0; i < schools.size(); ++i) {
        const School &s = schools.at(i);
        int count = 3 + dice.below(18);
        if (s.code == bigArchiveSchool()) {
            count = 100'000;
        } else if (i % 200 == 7) {
            count = 1000 + dice.below(3000);
        }
        for (int k = 0; k < count; ++k) {
            const QString id = u'a' + QString::number(++archiveSeq).rightJustified(9, u'0');
            const bool email = dice.chance(60);
            const bool fromDuo = dice.chance(55);
            const QDateTime sent = dice.timeBetween(archiveFrom, archiveTo);
            QString subject = dice.pick(subjects);
            subject.replace(QStringLiteral("%1"), QString::number(sent.date().year()))
                .replace(QStringLiteral("%2"), QString::number(archiveSeq % 100000));
            QString body;
            const int paragraphs = 2 + dice.below(4);
            for (int p = 0; p < paragraphs; ++p) {
                body += dice.pick(sentences) + (p + 1 < paragraphs ? u' ' : u'\n');
            }
            if (k == 0 && i % 50 == 0) {
                // Longer than the change feed's 64 KiB body cap.
                const QString line = body;
                while (body.size() < 70'000) {
                    body += line;
                }
            }
            QJsonArray attachments;
            const int attachmentCount = email ? (dice.chance(25) ? 1 : 0) : 1 + dice.below(2);
            for (int n = 0; n < attachmentCount; ++n) {
                attachments.append(
                    QJsonObject {{QStringLiteral("index"), n},
                                 {QStringLiteral("fileName"),
                                  QString((email ? QStringLiteral("bijlage-") : QStringLiteral("document-"))
                                          + id + u'-' + QString::number(n + 1) + QStringLiteral(".pdf"))},
                                 {QStringLiteral("mediaType"), QStringLiteral("application/pdf")},
                                 {QStringLiteral("size"), 2000 + dice.below(60000)}});
            }
            const QJsonObject data {{QStringLiteral("sender"), fromDuo ? QStringLiteral("DUO") : s.name},
                                    {QStringLiteral("recipient"), fromDuo ? s.name : QStringLiteral("DUO")},
                                    {QStringLiteral("attachments"), attachments}};
            m_writer.archive(id, s.code, email ? QStringLiteral("email") : QStringLiteral("document"),
                             fromDuo ? QStringLiteral("from-duo") : QStringLiteral("to-duo"), iso(sent),
                             subject, body, data);
            ++report.archiveItems;
        }
    }

    // News: general items for everyone and some per institution.
    const QDateTime newsFrom(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc());
    int newsSeq = 0;
    auto addNews = [&](const QString &institution) {
        const QString id = u'n' + QString::number(++newsSeq).rightJustified(6, u'0');
        const QDateTime published = dice.timeBetween(newsFrom, archiveTo);
        QJsonObject data {
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), dice.pick(newsTitles)},
            {QStringLiteral("body"), QString(dice.pick(sentences) + u' ' + dice.pick(sentences))},
            {QStringLiteral("publishedAt"), iso(published)}};
        if (!institution.isEmpty()) {
            data.insert(QStringLiteral("institutionCode"), institution);
        }
        m_writer.news(id, institution, iso(published), data);
        ++report.news;
        return id;
    };
    for (int k = 0; k < 25; ++k) {
        const QString id = addNews(QString());
        if (k < 5) {
            m_writer.newsRead(QStringLiteral("school-admin"), id);
        }
    }
    for (int i = 0; i < schools.size(); i += 10) {
        for (int k = 0, n = 1 + dice.below(2); k < n; ++k) {
            addNews(schools.at(i).code);
        }
    }
    addNews(QStringLiteral("41775"));

    // Contact moments and evaluations.
    const QDateTime momentsFrom(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc());
    int momentSeq = 0, evaluationSeq = 0;
    for (int i = 0; i < schools.size(); ++i) {
        const QString code = schools.at(i).code;
        for (int k = 0, n = dice.below(7); k < n; ++k) {
            const QString id = u'm' + QString::number(++momentSeq).rightJustified(7, u'0');
            const QDateTime when = dice.timeBetween(momentsFrom, archiveTo);
            const QString status = when.date().year() < 2026
                ? QStringLiteral("closed")
                : (dice.chance(50) ? QStringLiteral("open") : QStringLiteral("in-progress"));
            m_writer.contactMoment(id, code, iso(when),
                                   QJsonObject {{QStringLiteral("id"), id},
                                                {QStringLiteral("institutionCode"), code},
                                                {QStringLiteral("channel"), dice.pick(channels)},
                                                {QStringLiteral("date"), iso(when)},
                                                {QStringLiteral("subject"), dice.pick(momentSubjects)},
                                                {QStringLiteral("status"), status},
                                                {QStringLiteral("summary"), dice.pick(sentences)}});
            ++report.contactMoments;
        }
        for (int k = 0, n = dice.below(3); k < n; ++k) {
            const QString id = u'e' + QString::number(++evaluationSeq).rightJustified(6, u'0');
            const QDate date = dice.timeBetween(momentsFrom, archiveTo).date();
            QJsonObject data {
                {QStringLiteral("id"), id},
                {QStringLiteral("institutionCode"), code},
                {QStringLiteral("title"), QStringLiteral("Evaluatie contact met de helpdesk")},
                {QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("summary"), dice.pick(sentences)},
                {QStringLiteral("body"), QString(dice.pick(sentences) + u' ' + dice.pick(sentences))}};
            if (dice.chance(80)) {
                data.insert(QStringLiteral("score"), 5 + dice.below(6));
            }
            m_writer.evaluation(id, code, date.toString(Qt::ISODate), data);
            ++report.evaluations;
        }
    }

    report.elapsedMs = timer.elapsed();
    m_writer.setMeta(QStringLiteral("seeded"), QStringLiteral("demo"));
    m_writer.setMeta(QStringLiteral("seedReport"), report.summary());
    if (Status committed = m_writer.commit(); !committed) {
        return committed.error();
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace hpo::server
