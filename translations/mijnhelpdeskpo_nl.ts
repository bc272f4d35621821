<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>QObject</name>
    <message>
        <source>Starting the demo server…</source>
        <translation>De demoserver wordt gestart…</translation>
    </message>
    <message>
        <source>Demo server at %1</source>
        <translation>Demoserver op %1</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>De demoserver kon niet starten: %1</translation>
    </message>
</context>
<context>
    <name>hpo::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>Link another institution where you are a registered contact person. Enter its instellingscode (e.g. 16AH) or bevoegd-gezagnummer (e.g. 41775).</source>
        <translation>Koppel een andere instelling waar u als contactpersoon bent geregistreerd. Vul de instellingscode (bijv. 16AH) of het bevoegd-gezagnummer (bijv. 41775) in.</translation>
    </message>
    <message>
        <source>Instellingscode or bevoegd-gezagnummer</source>
        <translation>Instellingscode of bevoegd-gezagnummer</translation>
    </message>
    <message>
        <source>16AH or 41775</source>
        <translation>16AH of 41775</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>This is not an instellingscode (two digits and two letters) or a bevoegd-gezagnummer (five digits).</source>
        <translation>Dit is geen instellingscode (twee cijfers en twee letters) en geen bevoegd-gezagnummer (vijf cijfers).</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Bezig met controleren bij de server…</translation>
    </message>
    <message>
        <source>%1 is now linked to your account.</source>
        <translation>%1 is nu aan uw account gekoppeld.</translation>
    </message>
</context>
<context>
    <name>hpo::ArchivePage</name>
    <message>
        <source>Digital archive</source>
        <translation>Digitaal archief</translation>
    </message>
    <message>
        <source>Documents and e-mails exchanged with DUO appear here once you are signed in.</source>
        <translation>Documenten en e-mails die u met DUO hebt uitgewisseld, verschijnen hier zodra u bent ingelogd.</translation>
    </message>
</context>
<context>
    <name>hpo::BarChart</name>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hpo::BranchModel</name>
    <message>
        <source>Vestigingscode</source>
        <translation>Vestigingscode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>hpo::ChatDock</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat with the helpdesk</source>
        <translation>Chatten met de helpdesk</translation>
    </message>
    <message>
        <source>A helpdesk agent is available. Chat opens here.</source>
        <translation>Er is een medewerker van de helpdesk beschikbaar. De chat opent hier.</translation>
    </message>
</context>
<context>
    <name>hpo::ContactMomentModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hpo::ContactPersonModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>hpo::DisplayText</name>
    <message>
        <source>Gemachtigde</source>
        <translation>Gemachtigde</translation>
    </message>
    <message>
        <source>Overige contactpersoon</source>
        <translation>Overige contactpersoon</translation>
    </message>
    <message>
        <source>Doorontwikkelen BRON</source>
        <translation>Doorontwikkelen BRON</translation>
    </message>
    <message>
        <source>RIO</source>
        <translation>RIO</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgehandeld</translation>
    </message>
</context>
<context>
    <name>hpo::EvaluationModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 out of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>hpo::EvaluationsPage</name>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Score: %1 out of %2</source>
        <translation>Score: %1 van %2</translation>
    </message>
    <message>
        <source>No evaluations yet</source>
        <translation>Nog geen evaluaties</translation>
    </message>
    <message>
        <source>When DUO asks your institution to evaluate its service, or shares an evaluation with you, you can read it here.</source>
        <translation>Als DUO uw instelling vraagt de dienstverlening te beoordelen, of een evaluatie met u deelt, leest u die hier.</translation>
    </message>
</context>
<context>
    <name>hpo::GtbOverviewPage</name>
    <message>
        <source>GTB overview</source>
        <translation>GTB-overzicht</translation>
    </message>
    <message>
        <source>Pupil counts per peildatum appear here once you are signed in.</source>
        <translation>Leerlingaantallen per peildatum verschijnen hier zodra u bent ingelogd.</translation>
    </message>
</context>
<context>
    <name>hpo::HelpdeskSchedule</name>
    <message>
        <source>Chat available until %1</source>
        <translation>Chat beschikbaar tot %1</translation>
    </message>
    <message>
        <source>Chat is not available</source>
        <translation>Chat is niet beschikbaar</translation>
    </message>
    <message>
        <source>Chat available again today at %1</source>
        <translation>Chat vandaag weer beschikbaar om %1</translation>
    </message>
    <message>
        <source>Chat available again tomorrow at %1</source>
        <translation>Chat morgen weer beschikbaar om %1</translation>
    </message>
    <message>
        <source>Chat available again on %1 at %2</source>
        <translation>Chat weer beschikbaar %1 om %2</translation>
    </message>
    <message>
        <source>No helpdesk agent is available right now</source>
        <translation>Er is op dit moment geen medewerker van de helpdesk beschikbaar</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
</context>
<context>
    <name>hpo::InstitutionDetailsForm</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Bezoekadres</translation>
    </message>
    <message>
        <source>Correspondence address</source>
        <translation>Correspondentieadres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Same as visiting address</source>
        <translation>Gelijk aan bezoekadres</translation>
    </message>
    <message>
        <source>Instellingscode</source>
        <translation>Instellingscode</translation>
    </message>
    <message>
        <source>Bevoegd-gezagnummer</source>
        <translation>Bevoegd-gezagnummer</translation>
    </message>
</context>
<context>
    <name>hpo::MainWindow</name>
    <message>
        <source>MijnHelpdeskPO</source>
        <translation>MijnHelpdeskPO</translation>
    </message>
    <message>
        <source>Portal pages</source>
        <translation>Portaalpagina&apos;s</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Digital archive</source>
        <translation>Digitaal archief</translation>
    </message>
    <message>
        <source>Support and contact</source>
        <translation>Ondersteuning en contact</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>GTB overview</source>
        <translation>GTB-overzicht</translation>
    </message>
</context>
<context>
    <name>hpo::MasterDetail</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hpo::MyDetailsPage</name>
    <message>
        <source>My details</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Your institution&apos;s details, contact persons and branches appear here once you are signed in.</source>
        <translation>De gegevens, contactpersonen en vestigingen van uw instelling verschijnen hier zodra u bent ingelogd.</translation>
    </message>
    <message>
        <source>Back to board</source>
        <translation>Terug naar bestuur</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <source>Institution details</source>
        <translation>Gegevens van de instelling</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>News and announcements</source>
        <translation>Nieuws en mededelingen</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Back to overview</source>
        <translation>Terug naar overzicht</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>No Gemachtigde</source>
        <translation>Geen Gemachtigde</translation>
    </message>
    <message>
        <source>Gemachtigde: %1</source>
        <translation>Gemachtigde: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation>
            <numerusform>%n vestiging</numerusform>
            <numerusform>%n vestigingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpo::NewsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>hpo::NewsPanel</name>
    <message>
        <source>Mark as read</source>
        <translation>Markeren als gelezen</translation>
    </message>
    <message>
        <source>News and announcements</source>
        <translation>Nieuws en mededelingen</translation>
    </message>
    <message>
        <source>Selected news item</source>
        <translation>Geselecteerd nieuwsbericht</translation>
    </message>
</context>
<context>
    <name>hpo::ProfileButton</name>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Who is signed in, switch institution, add an account or sign out</source>
        <translation>Wie is ingelogd, wissel van instelling, voeg een account toe of log uit</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet ingelogd</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Ingelogd als %1</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Account toevoegen…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Uitloggen…</translation>
    </message>
</context>
<context>
    <name>hpo::SchoolListModel</name>
    <message>
        <source>Instellingscode</source>
        <translation>Instellingscode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Gemachtigde</source>
        <translation>Gemachtigde</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
</context>
<context>
    <name>hpo::SchoolListPanel</name>
    <message>
        <source>Open school</source>
        <translation>School openen</translation>
    </message>
    <message>
        <source>Search by name, code or town…</source>
        <translation>Zoek op naam, code of plaats…</translation>
    </message>
    <message>
        <source>Search schools</source>
        <translation>Scholen zoeken</translation>
    </message>
    <message>
        <source>Schools of this board</source>
        <translation>Scholen van dit bestuur</translation>
    </message>
</context>
<context>
    <name>hpo::SignInWidget</name>
    <message>
        <source>Sign in with eHerkenning</source>
        <translation>Inloggen met eHerkenning</translation>
    </message>
    <message>
        <source>Sign in with user name and password</source>
        <translation>Inloggen met gebruikersnaam en wachtwoord</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Test identities (test broker)</source>
        <translation>Testidentiteiten (testmakelaar)</translation>
    </message>
    <message>
        <source>Sign in as this identity</source>
        <translation>Inloggen als deze identiteit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sign in to MijnHelpdeskPO</source>
        <translation>Inloggen bij MijnHelpdeskPO</translation>
    </message>
    <message>
        <source>Opens your web browser to sign in with eHerkenning</source>
        <translation>Opent uw webbrowser om in te loggen met eHerkenning</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Test identities</source>
        <translation>Testidentiteiten</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>hpo::SupportPage</name>
    <message>
        <source>%1 — %2
%3, %4

%5</source>
        <translation>%1 — %2
%3, %4

%5</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>No contact moments yet</source>
        <translation>Nog geen contactmomenten</translation>
    </message>
    <message>
        <source>Calls, e-mails, chats, letters and web forms with the helpdesk appear here.</source>
        <translation>Telefoongesprekken, e-mails, chats, brieven en webformulieren met de helpdesk verschijnen hier.</translation>
    </message>
    <message>
        <source>Contact the helpdesk</source>
        <translation>Contact met de helpdesk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hpo::SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline werken</translation>
    </message>
    <message>
        <source>Fetch the latest data from DUO now (F5)</source>
        <translation>Haal nu de nieuwste gegevens op bij DUO (F5)</translation>
    </message>
    <message>
        <source>Use no network until you switch this off again</source>
        <translation>Gebruik geen netwerk totdat u dit weer uitzet</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang synchronisatie</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n page(s)</source>
        <translation>
            <numerusform>Synchroniseren: %n pagina</numerusform>
            <numerusform>Synchroniseren: %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline aan het werk</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchroniseren mislukt: %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
</context>
</TS>
