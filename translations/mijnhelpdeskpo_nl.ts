<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <message>
        <source>Two digits and two letters, or five digits</source>
        <translation>Twee cijfers en twee letters, of vijf cijfers</translation>
    </message>
    <message>
        <source>Asks the server to link this institution to your account</source>
        <translation>Vraagt de server deze instelling aan uw account te koppelen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Sluit dit venster</translation>
    </message>
    <message>
        <source>You are not registered as a contact person of this institution, so it cannot be linked to your account.</source>
        <translation>U bent niet als contactpersoon van deze instelling geregistreerd, dus kan deze niet aan uw account worden gekoppeld.</translation>
    </message>
    <message>
        <source>There is no institution with this code.</source>
        <translation>Er is geen instelling met deze code.</translation>
    </message>
    <message>
        <source>This institution is already linked to your account.</source>
        <translation>Deze instelling is al aan uw account gekoppeld.</translation>
    </message>
    <message>
        <source>The account could not be added: %1</source>
        <translation>Het account kon niet worden toegevoegd: %1</translation>
    </message>
</context>
<context>
    <name>hpo::ArchiveDocumentController</name>
    <message>
        <source>This attachment is not kept on this computer; fetching it needs the network.</source>
        <translation>Deze bijlage is niet op deze computer bewaard; voor het ophalen is een netwerkverbinding nodig.</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>De bijlage kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The attachment could not be fetched: %1</source>
        <translation>De bijlage kon niet worden opgehaald: %1</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Geen enkel programma kon %1 openen.</translation>
    </message>
</context>
<context>
    <name>hpo::ArchiveListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
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
    <message>
        <source>Save attachment</source>
        <translation>Bijlage opslaan</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Search subject, sender and text (Ctrl+F)</source>
        <translation>Zoek in onderwerp, afzender en tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Zoeken in het archief</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Show documents, e-mails, or both</source>
        <translation>Toon documenten, e-mails of beide</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Show what the institution sent to DUO, what DUO sent, or both</source>
        <translation>Toon wat de instelling naar DUO stuurde, wat DUO stuurde, of beide</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>Filter vanaf datum</translation>
    </message>
    <message>
        <source>Only show items sent on or after this date</source>
        <translation>Toon alleen stukken verstuurd op of na deze datum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>Filter tot en met datum</translation>
    </message>
    <message>
        <source>Only show items sent on or before this date</source>
        <translation>Toon alleen stukken verstuurd op of voor deze datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Show every item again</source>
        <translation>Toon weer alle stukken</translation>
    </message>
    <message>
        <source>Archive items</source>
        <translation>Archiefstukken</translation>
    </message>
    <message>
        <source>Click a subject or press Enter to read the item</source>
        <translation>Klik op een onderwerp of druk op Enter om het stuk te lezen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n stuk</numerusform>
            <numerusform>%n stukken</numerusform>
        </translation>
    </message>
    <message>
        <source>No items match the search and filters.</source>
        <translation>Geen stukken voldoen aan de zoekopdracht en filters.</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>Het archief is leeg.</translation>
    </message>
    <message>
        <source>This item could not be loaded: %1</source>
        <translation>Dit stuk kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Type to search subject, sender and text; Down arrow moves to the results</source>
        <translation>Typ om te zoeken in onderwerp, afzender en tekst; pijl omlaag gaat naar de resultaten</translation>
    </message>
    <message>
        <source>The first day to show; used while &quot;From&quot; is ticked</source>
        <translation>De eerste dag die wordt getoond; geldt zolang &quot;Van&quot; is aangevinkt</translation>
    </message>
    <message>
        <source>The last day to show; used while &quot;To&quot; is ticked</source>
        <translation>De laatste dag die wordt getoond; geldt zolang &quot;Tot en met&quot; is aangevinkt</translation>
    </message>
    <message>
        <source>The offline archive could not be read. If this keeps happening, sign out, remove the offline data and sign in again.</source>
        <translation>Het offline archief kon niet worden gelezen. Gebeurt dit vaker, log dan uit, verwijder de offline gegevens en log opnieuw in.</translation>
    </message>
</context>
<context>
    <name>hpo::ArchiveReader</name>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Bijlagen:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>O&amp;pslaan…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lezer</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Berichttekst</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Bijlage openen</translation>
    </message>
    <message>
        <source>Open the selected attachment (downloaded once, then kept for offline use)</source>
        <translation>Open de gekozen bijlage (eenmaal gedownload, daarna offline bewaard)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Bijlage opslaan</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Sla een kopie van de gekozen bijlage op</translation>
    </message>
    <message>
        <source>Click a subject or press Enter on an item to read it here.</source>
        <translation>Klik op een onderwerp of druk op Enter bij een stuk om het hier te lezen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>From: %1 · To: %2 · %3 · %4, %5</source>
        <translation>Van: %1 · Aan: %2 · %3 · %4, %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only the first part of this message is available here; the rest needs the network.</source>
        <translation>Alleen het eerste deel van dit bericht is hier beschikbaar; voor de rest is een netwerkverbinding nodig.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>The subject of the opened item</source>
        <translation>Het onderwerp van het geopende stuk</translation>
    </message>
    <message>
        <source>Sender, recipient and date</source>
        <translation>Afzender, ontvanger en datum</translation>
    </message>
    <message>
        <source>Who sent the opened item to whom and when, and its kind</source>
        <translation>Wie het geopende stuk wanneer aan wie stuurde, en de soort</translation>
    </message>
    <message>
        <source>The text of the opened item</source>
        <translation>De tekst van het geopende stuk</translation>
    </message>
    <message>
        <source>Files attached to this item; Enter opens the selected one</source>
        <translation>Bijlagen bij dit stuk; Enter opent de geselecteerde bijlage</translation>
    </message>
    <message>
        <source>The text of %1</source>
        <translation>De tekst van %1</translation>
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
    <message>
        <source>No figures to draw</source>
        <translation>Geen cijfers om te tekenen</translation>
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
    <name>hpo::ChangePasswordDialog</name>
    <message>
        <source>Show passwords</source>
        <translation>Wachtwoorden tonen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>A new password has %1 to %2 characters.</source>
        <translation>Een nieuw wachtwoord heeft %1 tot %2 tekens.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>Shows the passwords as plain text</source>
        <translation>Toont de wachtwoorden als leesbare tekst</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Vul uw huidige wachtwoord in.</translation>
    </message>
    <message>
        <source>The new password is too long: at most %1 characters.</source>
        <translation>Het nieuwe wachtwoord is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>The new password is too short: at least %1 characters.</source>
        <translation>Het nieuwe wachtwoord is te kort: minstens %1 tekens.</translation>
    </message>
    <message>
        <source>The repeated password differs from the new password.</source>
        <translation>Het herhaalde wachtwoord verschilt van het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Het nieuwe wachtwoord is hetzelfde als het huidige.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Uw wachtwoord wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new password the next time you sign in.</source>
        <translation>Uw wachtwoord is gewijzigd. Gebruik het nieuwe wachtwoord als u de volgende keer inlogt.</translation>
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
    <message>
        <source>Shown while a helpdesk agent is available</source>
        <translation>Zichtbaar zolang er een medewerker van de helpdesk beschikbaar is</translation>
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
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>To DUO</source>
        <translation>Naar DUO</translation>
    </message>
    <message>
        <source>From DUO</source>
        <translation>Van DUO</translation>
    </message>
    <message>
        <source>Under 8</source>
        <translation>Jonger dan 8</translation>
    </message>
    <message>
        <source>8 and over</source>
        <translation>8 en ouder</translation>
    </message>
    <message>
        <source>Weight 0.00</source>
        <translation>Gewicht 0,00</translation>
    </message>
    <message>
        <source>Weight 0.30</source>
        <translation>Gewicht 0,30</translation>
    </message>
    <message>
        <source>Weight 1.20</source>
        <translation>Gewicht 1,20</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nieuwkomers</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Pupils younger than 8 on the peildatum</source>
        <translation>Leerlingen jonger dan 8 op de peildatum</translation>
    </message>
    <message>
        <source>Pupils aged 8 or older on the peildatum</source>
        <translation>Leerlingen van 8 jaar of ouder op de peildatum</translation>
    </message>
    <message>
        <source>Pupils with this pupil weight (gewicht)</source>
        <translation>Leerlingen met dit leerlinggewicht</translation>
    </message>
    <message>
        <source>Newly arrived non-Dutch-speaking pupils (NOAT)</source>
        <translation>Nieuwkomers met een andere moedertaal (NOAT)</translation>
    </message>
    <message>
        <source>All pupils counted on the peildatum</source>
        <translation>Alle leerlingen geteld op de peildatum</translation>
    </message>
    <message>
        <source>Vestigingscode</source>
        <translation>Vestigingscode</translation>
    </message>
    <message>
        <source>Vestiging</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Updated until %1</source>
        <translation>Bijgewerkt tot %1</translation>
    </message>
    <message>
        <source>Funded and unfunded</source>
        <translation>Bekostigd en niet bekostigd</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Bekostigd</translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translation>Niet bekostigd</translation>
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
    <name>hpo::GtbExport</name>
    <message>
        <source>This overview is no longer updated since 8 December 2021. Current figures are in Mijn DUO.</source>
        <translation>Dit overzicht wordt sinds 8 december 2021 niet meer bijgewerkt. Actuele aantallen vindt u in Mijn DUO.</translation>
    </message>
    <message>
        <source>Institution code</source>
        <translation>Instellingscode</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Naam instelling</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>Bijgewerkt tot</translation>
    </message>
    <message>
        <source>%1 (funded)</source>
        <translation>%1 (bekostigd)</translation>
    </message>
    <message>
        <source>%1 (unfunded)</source>
        <translation>%1 (niet bekostigd)</translation>
    </message>
    <message>
        <source>GTB overview</source>
        <translation>GTB-overzicht</translation>
    </message>
    <message>
        <source>Peildatum %1, updated until %2</source>
        <translation>Peildatum %1, bijgewerkt tot %2</translation>
    </message>
</context>
<context>
    <name>hpo::GtbOverviewPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>&amp;Peildatum:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message>
        <source>The count date whose figures the table shows</source>
        <translation>De teldatum waarvan de tabel de aantallen toont</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Bekostiging</translation>
    </message>
    <message>
        <source>Show the funded (bekostigd) pupils, the unfunded ones, or both added up</source>
        <translation>Toon de bekostigde leerlingen, de niet bekostigde, of beide opgeteld</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Save every peildatum as a CSV file for a spreadsheet</source>
        <translation>Sla elke peildatum op als CSV-bestand voor een spreadsheet</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Save the overview with its chart as a PDF file</source>
        <translation>Sla het overzicht met grafiek op als PDF-bestand</translation>
    </message>
    <message>
        <source>Pupil counts per vestiging</source>
        <translation>Leerlingaantallen per vestiging</translation>
    </message>
    <message>
        <source>Pupils per peildatum</source>
        <translation>Leerlingen per peildatum</translation>
    </message>
    <message>
        <source>All pupils, funded and unfunded, per peildatum</source>
        <translation>Alle leerlingen, bekostigd en niet bekostigd, per peildatum</translation>
    </message>
    <message>
        <source>No counts</source>
        <translation>Geen aantallen</translation>
    </message>
    <message>
        <source>No GTB overview yet</source>
        <translation>Nog geen GTB-overzicht</translation>
    </message>
    <message>
        <source>The pupil counts per peildatum appear here after the first sync.</source>
        <translation>De leerlingaantallen per peildatum verschijnen hier na de eerste synchronisatie.</translation>
    </message>
    <message>
        <source>GTB overview %1</source>
        <translation>GTB-overzicht %1</translation>
    </message>
    <message>
        <source>Export GTB overview as CSV</source>
        <translation>GTB-overzicht exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Het bestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Export GTB overview as PDF</source>
        <translation>GTB-overzicht exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>One row per vestiging and a row of totals, for the chosen peildatum; arrow keys move between cells</source>
        <translation>Eén rij per vestiging en een rij met totalen, voor de gekozen peildatum; de pijltoetsen gaan van cel naar cel</translation>
    </message>
    <message>
        <source>GTB counts are kept per school</source>
        <translation>GTB-tellingen worden per school bijgehouden</translation>
    </message>
    <message>
        <source>A board has no GTB overview of its own. Open a school from the school list on My details to see its pupil counts per peildatum.</source>
        <translation>Een bestuur heeft geen eigen GTB-overzicht. Open een school uit de lijst met scholen op Mijn gegevens om de leerlingaantallen per peildatum te zien.</translation>
    </message>
    <message>
        <source>Go to the school &amp;list</source>
        <translation>Naar de &amp;lijst met scholen</translation>
    </message>
    <message>
        <source>Opens My details at the list of this board&apos;s schools</source>
        <translation>Opent Mijn gegevens bij de lijst met scholen van dit bestuur</translation>
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
    <message>
        <source>Read-only for now</source>
        <translation>Voorlopig alleen te lezen</translation>
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
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>The pages of the portal; Ctrl+Tab moves to the next page</source>
        <translation>De pagina&apos;s van het portaal; Ctrl+Tab gaat naar de volgende pagina</translation>
    </message>
    <message>
        <source>Left and right arrow keys choose a page, Tab moves into it</source>
        <translation>De pijltoetsen links en rechts kiezen een pagina, Tab gaat de pagina in</translation>
    </message>
    <message>
        <source>Chat availability</source>
        <translation>Beschikbaarheid van de chat</translation>
    </message>
    <message>
        <source>Go to the search field of the archive or of a board&apos;s school list</source>
        <translation>Naar het zoekveld van het archief of van de lijst met scholen van een bestuur</translation>
    </message>
</context>
<context>
    <name>hpo::MasterDetail</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a row to read its details below</source>
        <translation>Selecteer een rij om hieronder de details te lezen</translation>
    </message>
    <message>
        <source>The details of the row selected above</source>
        <translation>De details van de hierboven geselecteerde rij</translation>
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
    <message>
        <source>Institution name</source>
        <translation>Naam instelling</translation>
    </message>
    <message>
        <source>The institution whose details this page shows</source>
        <translation>De instelling waarvan deze pagina de gegevens toont</translation>
    </message>
    <message>
        <source>Leaves this school and shows the board&apos;s own details again</source>
        <translation>Verlaat deze school en toont weer de gegevens van het bestuur</translation>
    </message>
    <message>
        <source>Returns to the details, tiles and news of My details</source>
        <translation>Terug naar de gegevens, tegels en het nieuws van Mijn gegevens</translation>
    </message>
    <message>
        <source>One row per entry; arrow keys move between rows</source>
        <translation>Eén rij per item; de pijltoetsen gaan van rij naar rij</translation>
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
    <message>
        <source>Newest first, unread items in bold; the selected item shows below</source>
        <translation>Nieuwste eerst, ongelezen berichten vet; het geselecteerde bericht staat eronder</translation>
    </message>
    <message>
        <source>The title and text of the news item selected above</source>
        <translation>De titel en tekst van het hierboven geselecteerde nieuwsbericht</translation>
    </message>
    <message>
        <source>Marks the selected news item as read</source>
        <translation>Markeert het geselecteerde nieuwsbericht als gelezen</translation>
    </message>
</context>
<context>
    <name>hpo::PasswordController</name>
    <message>
        <source>Signing in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>This server does not offer password sign-in. Sign in with eHerkenning.</source>
        <translation>Deze server biedt geen inloggen met een wachtwoord. Log in met eHerkenning.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Het huidige wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>Changing your password needs the network: switch off Offline werken.</source>
        <translation>Voor het wijzigen van uw wachtwoord is het netwerk nodig: zet Offline werken uit.</translation>
    </message>
    <message>
        <source>The server did not accept the new password: it needs %1 to %2 characters.</source>
        <translation>De server heeft het nieuwe wachtwoord niet geaccepteerd: het moet %1 tot %2 tekens hebben.</translation>
    </message>
    <message>
        <source>Your password could not be changed: %1</source>
        <translation>Uw wachtwoord kon niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <source>Signing in with a password ended on %1. Sign in with eHerkenning.</source>
        <translation>Inloggen met een wachtwoord kan sinds %1 niet meer. Log in met eHerkenning.</translation>
    </message>
    <message>
        <source>Signing in with a password has ended. Sign in with eHerkenning.</source>
        <translation>Inloggen met een wachtwoord kan niet meer. Log in met eHerkenning.</translation>
    </message>
    <message>
        <source>Changing your password ended on %1, together with password sign-in. Sign in with eHerkenning.</source>
        <translation>Wachtwoord wijzigen kan sinds %1 niet meer, net als inloggen met een wachtwoord. Log in met eHerkenning.</translation>
    </message>
    <message>
        <source>Changing your password has ended, together with password sign-in. Sign in with eHerkenning.</source>
        <translation>Wachtwoord wijzigen kan niet meer, net als inloggen met een wachtwoord. Log in met eHerkenning.</translation>
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
    <message>
        <source>Sign in on the sign-in screen to see your institutions</source>
        <translation>Log in op het inlogscherm om uw instellingen te zien</translation>
    </message>
    <message>
        <source>The person this session belongs to</source>
        <translation>De persoon van wie deze sessie is</translation>
    </message>
    <message>
        <source>The institution shown now</source>
        <translation>De instelling die nu wordt getoond</translation>
    </message>
    <message>
        <source>Switch to this institution</source>
        <translation>Naar deze instelling wisselen</translation>
    </message>
    <message>
        <source>Link another institution by its instellingscode or bevoegd-gezagnummer</source>
        <translation>Een andere instelling koppelen met de instellingscode of het bevoegd-gezagnummer</translation>
    </message>
    <message>
        <source>Change the password you sign in with</source>
        <translation>Het wachtwoord wijzigen waarmee u inlogt</translation>
    </message>
    <message>
        <source>Sign out, keeping or removing the offline data</source>
        <translation>Uitloggen en de offline gegevens bewaren of verwijderen</translation>
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
    <message>
        <source>Filters the school list as you type (Ctrl+F)</source>
        <translation>Filtert de lijst met scholen terwijl u typt (Ctrl+F)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the selected school</source>
        <translation>Druk op Enter of dubbelklik om de geselecteerde school te openen</translation>
    </message>
    <message>
        <source>Shows the selected school&apos;s details, archive and GTB overview</source>
        <translation>Toont de gegevens, het archief en het GTB-overzicht van de geselecteerde school</translation>
    </message>
</context>
<context>
    <name>hpo::SessionController</name>
    <message>
        <source>Finish signing in in your web browser…</source>
        <translation>Rond het inloggen af in uw webbrowser…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Bezig met verbinden met de server…</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>De server is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable, so you stay signed out for now. Your offline data is kept. Unlock the keychain and start again.</source>
        <translation>De sleutelhanger is vergrendeld of niet beschikbaar, dus u blijft voorlopig uitgelogd. Uw offline gegevens blijven bewaard. Ontgrendel de sleutelhanger en start opnieuw.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Inloggen mislukt: %1</translation>
    </message>
    <message>
        <source>The offline data cannot be opened: %1</source>
        <translation>De offline gegevens kunnen niet worden geopend: %1</translation>
    </message>
    <message>
        <source>Your accounts could not be loaded: %1</source>
        <translation>Uw accounts konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchroniseren mislukt: %1</translation>
    </message>
    <message>
        <source>Adding an account needs the network.</source>
        <translation>Voor het toevoegen van een account is een netwerkverbinding nodig.</translation>
    </message>
    <message>
        <source>The server cannot be reached; showing the offline data.</source>
        <translation>De server is niet bereikbaar; de offline gegevens worden getoond.</translation>
    </message>
    <message>
        <source>The item could not be marked as read: %1</source>
        <translation>Het bericht kon niet als gelezen worden gemarkeerd: %1</translation>
    </message>
    <message>
        <source>Marking as read needs the network: switch off Offline werken.</source>
        <translation>Markeren als gelezen vraagt om een netwerkverbinding: zet Offline werken uit.</translation>
    </message>
    <message>
        <source>Working offline: switch off Offline werken to sign in.</source>
        <translation>Offline werken staat aan: zet het uit om in te loggen.</translation>
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
    <message>
        <source>The user name this server gave you</source>
        <translation>De gebruikersnaam die u van deze server hebt gekregen</translation>
    </message>
    <message>
        <source>Enter signs in</source>
        <translation>Enter logt in</translation>
    </message>
    <message>
        <source>Signs in with the user name and password above</source>
        <translation>Logt in met de gebruikersnaam en het wachtwoord hierboven</translation>
    </message>
    <message>
        <source>The test broker&apos;s identities; Enter signs in as the selected one</source>
        <translation>De identiteiten van de testmakelaar; Enter logt in als de geselecteerde</translation>
    </message>
    <message>
        <source>Signs in as the identity selected in the list</source>
        <translation>Logt in als de identiteit die in de lijst is geselecteerd</translation>
    </message>
    <message>
        <source>Stops waiting for the browser sign-in</source>
        <translation>Stopt met wachten op het inloggen in de browser</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Inlogmelding</translation>
    </message>
    <message>
        <source>What went wrong or what to do next while signing in</source>
        <translation>Wat er misging of wat u nu moet doen om in te loggen</translation>
    </message>
</context>
<context>
    <name>hpo::SignOutQuestion</name>
    <message>
        <source>Sign out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>Keep the offline data on this computer?</source>
        <translation>Wilt u de offline gegevens op deze computer bewaren?</translation>
    </message>
    <message>
        <source>Kept data stays readable offline and makes the next sign-in fast. Removed data is deleted from this computer, including saved attachments.</source>
        <translation>Bewaarde gegevens blijven offline leesbaar en maken de volgende keer inloggen sneller. Verwijderde gegevens worden van deze computer gewist, ook opgeslagen bijlagen.</translation>
    </message>
    <message>
        <source>Sign out, keep data</source>
        <translation>Uitloggen, gegevens bewaren</translation>
    </message>
    <message>
        <source>Sign out and remove data</source>
        <translation>Uitloggen en gegevens verwijderen</translation>
    </message>
    <message>
        <source>Signs out and keeps the offline data readable on this computer</source>
        <translation>Logt uit en houdt de offline gegevens leesbaar op deze computer</translation>
    </message>
    <message>
        <source>Signs out and deletes the offline data and saved attachments</source>
        <translation>Logt uit en verwijdert de offline gegevens en de opgeslagen bijlagen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stays signed in</source>
        <translation>Blijft ingelogd</translation>
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
    <message>
        <source>Helpdesk phone number and hours</source>
        <translation>Telefoonnummer en openingstijden van de helpdesk</translation>
    </message>
    <message>
        <source>Helpdesk e-mail address</source>
        <translation>E-mailadres van de helpdesk</translation>
    </message>
    <message>
        <source>Chat with the helpdesk</source>
        <translation>Chatten met de helpdesk</translation>
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
<context>
    <name>hpo::Tile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens the list of %1</source>
        <translation>Opent de lijst met %1</translation>
    </message>
</context>
</TS>
