<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../workshop/ui/commands/actions.py" line="+20"/>
        <source>New action</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action created</source>
        <translation>Tiltak opprettet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/action_dialog.py" line="+292"/>
        <source>Verksted</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/commands/notes.py" line="+129"/>
        <source>Mark as story</source>
        <translation>Merk som historie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmark story</source>
        <translation>Fjern historiemerket</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../workshop/ui/actions_view.py" line="+136"/>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Past its due date and not closed</source>
        <translation>Fristen er passert, og tiltaket er ikke avsluttet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An innovation story worth telling</source>
        <translation>En innovasjonshistorie verdt å fortelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Story</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not a story</source>
        <translation>Ikke historie</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../workshop/ui/labels.py" line="+52"/>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/actions_view.py" line="-100"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+223"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Principles</source>
        <translation>Prinsipper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+37"/>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Search action, owner, comment or session</source>
        <translation>Søk i tiltak, ansvarlig, kommentar eller økt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search actions</source>
        <translation>Søk i tiltak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by status</source>
        <translation>Filtrer på status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed (open or in progress)</source>
        <translation>Ikke avsluttet (åpent eller pågår)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by owner</source>
        <translation>Filtrer på ansvarlig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by principle</source>
        <translation>Filtrer på prinsipp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only o&amp;verdue</source>
        <translation>Bare &amp;forfalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only overdue actions</source>
        <translation>Bare tiltak som har passert fristen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>F2 or Enter changes the status or comment; Space ticks the story; Enter on the other columns edits the action.</source>
        <translation>F2 eller Enter endrer status eller kommentar; mellomrom krysser av for historie; Enter i de andre kolonnene endrer tiltaket.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Endre&#xa0;…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;session</source>
        <translation>Åpne &amp;økt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All principles</source>
        <translation>Alle prinsipper</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No actions yet. In run mode, select notes and press %1.</source>
        <translation>Ingen tiltak ennå. Velg lapper i gjennomføringen og trykk %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 actions</source>
        <translation>%1 av %2 tiltak</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Set status to %1</source>
        <translation>Sett status til %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change comment</source>
        <translation>Endre kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as story</source>
        <translation>Merk som historie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark story</source>
        <translation>Fjern historiemerket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Edit action</source>
        <translation>Endre tiltak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verksted</source>
        <translation>Verksted</translation>
    </message>
</context>
<context>
    <name>AgendaBooking</name>
    <message>
        <location filename="../../workshop/ui/agenda/booking.py" line="+36"/>
        <location line="+2"/>
        <source>Booked time</source>
        <translation>Avtalt tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hours booked for the session (room, invitation)</source>
        <translation>Tiden som er avtalt for økta (rom, invitasjon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked start time</source>
        <translation>Avtalt starttid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked end time</source>
        <translation>Avtalt sluttid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time</source>
        <translation>Samlet tid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overrun warning</source>
        <translation>Varsel om overtid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total %1</source>
        <translation>Til sammen %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan runs %1 min past the booked end time</source>
        <translation>Planen går %1 min over avtalt sluttid</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../workshop/ui/agenda/editor.py" line="+53"/>
        <source>Agenda editor</source>
        <translation>Redigering av agendaen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Agenda steps</source>
        <translation>Stegene i agendaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move the selected step; drag a step to reorder</source>
        <translation>Ctrl+Up og Ctrl+Down flytter det valgte steget; dra et steg for å endre rekkefølgen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+39"/>
        <location filename="../../workshop/ui/commands/agenda.py" line="+97"/>
        <source>Add step</source>
        <translation>Legg til steg</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/labels.py" line="-29"/>
        <source>Intro</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent writing</source>
        <translation>Stille skriving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing round</source>
        <translation>Delingsrunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clustering</source>
        <translation>Klynging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/agenda/model.py" line="+122"/>
        <source>(untitled)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>åpent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <source>Runs past the booked end time</source>
        <translation>Går over avtalt sluttid</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/commands/agenda.py" line="-2"/>
        <source>Duplicate step</source>
        <translation>Dupliser steg</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove step “%1”</source>
        <translation>Fjern steget «%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move step</source>
        <translation>Flytt steg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change step kind</source>
        <translation>Endre stegtype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename step</source>
        <translation>Gi steget nytt navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change step time</source>
        <translation>Endre tiden for steget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit facilitator prompt</source>
        <translation>Endre stikkord for prosessleder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit participant question</source>
        <translation>Endre spørsmålet til deltakerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change votes per person</source>
        <translation>Endre stemmer per person</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Clear booked time</source>
        <translation>Fjern avtalt tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change booked time</source>
        <translation>Endre avtalt tid</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/agenda/editor.py" line="-38"/>
        <location line="+39"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+42"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a step after the selected one (Ins)</source>
        <translation>Legg til et steg etter det valgte (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the step (Ctrl+D)</source>
        <translation>Dupliser steget (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the step (Del in the list)</source>
        <translation>Fjern steget (Del i lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step up (Ctrl+Up)</source>
        <translation>Flytt steget opp (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step down (Ctrl+Down)</source>
        <translation>Flytt steget ned (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>New step</source>
        <translation>Nytt steg</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>“%1” has %n note(s). Remove the step? The notes stay in the session, no longer tied to a step.</source>
        <translation>
            <numerusform>«%1» har %n lapp. Vil du fjerne steget? Lappen blir i økta, men hører ikke lenger til et steg.</numerusform>
            <numerusform>«%1» har %n lapper. Vil du fjerne steget? Lappene blir i økta, men hører ikke lenger til et steg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove step</source>
        <translation>Fjern steg</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AgendaStepForm</name>
    <message>
        <location filename="../../workshop/ui/agenda/step_form.py" line="+39"/>
        <source>Selected step</source>
        <translation>Valgt steg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of step</source>
        <translation>Type steg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step title</source>
        <translation>Tittel på steget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the room sees as the heading</source>
        <translation>Overskriften som vises i rommet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes for the step</source>
        <translation>Minutter til steget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open (no time box)</source>
        <translation>åpent (uten tidsramme)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 minutes: an open step without a time box</source>
        <translation>0 minutter: et åpent steg uten tidsramme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes per person</source>
        <translation>Stemmer per person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> each</source>
        <translation> hver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many dots each participant has on this vote step (shown to the room)</source>
        <translation>Hvor mange prikker hver deltaker har på dette stemmesteget (vises for rommet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facilitator prompt</source>
        <translation>Stikkord for prosessleder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you say or do</source>
        <translation>Det du sier eller gjør</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participant question</source>
        <translation>Spørsmål til deltakerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question the participants answer</source>
        <translation>Spørsmålet deltakerne svarer på</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>T&amp;ittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Votes per person:</source>
        <translation>&amp;Stemmer per person:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator &amp;prompt (only you see it):</source>
        <translation>&amp;Stikkord for prosessleder (bare du ser dem):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant &amp;question (shown to the room):</source>
        <translation>Spørsmål til &amp;deltakerne (vises i rommet):</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starts %1</source>
        <translation>starter kl. %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workshop/ui/app.py" line="+71"/>
        <source>Cannot open the library</source>
        <translation>Kan ikke åpne arkivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verksted works on a library on this computer. To work with the team library, use File → Sync with the team server, or the command line (workshop --library %1 sessions).</source>
        <translation>Verksted arbeider med et arkiv på denne maskinen. For å arbeide med teamarkivet, bruk Fil → Synkroniser med teamserveren, eller kommandolinjen (workshop --library %1 sessions).</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../workshop/ui/approval_dialog.py" line="+86"/>
        <source>Approve minutes</source>
        <translation>Godkjenn referat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes of “%1” are written as an archive PDF (PDF/A-2a) and kept in the library as version %2, with who approved them, when, and the file&apos;s SHA-256 checksum. The session is then locked: nothing in it can be changed until the minutes are reopened with a reason. Approving is recorded; it is not undone with Ctrl+Z.</source>
        <translation>Referatet for «%1» skrives som arkiv-PDF (PDF/A-2a) og lagres i biblioteket som versjon %2, med hvem som godkjente det, når, og filens SHA-256-sjekksum. Deretter er økten låst: ingenting i den kan endres før referatet gjenåpnes med en begrunnelse. Godkjenningen blir registrert; den angres ikke med Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Approved by:</source>
        <translation>Godkjent av:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save a copy of the approved PDF</source>
        <translation>Lagre også en kopi av den godkjente PDF-en</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File for the copy</source>
        <translation>Fil for kopien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Velg&#xa0;…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the approved minutes</source>
        <translation>Lagre det godkjente referatet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a file in a folder that exists.</source>
        <translation>Velg en fil i en mappe som finnes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the approved minutes…</source>
        <translation>Skriver det godkjente referatet&#xa0;…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not approved: %1</source>
        <translation>Ikke godkjent: %1</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../workshop/ui/board/items.py" line="+30"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Endre</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>From a phone</source>
        <translation>Fra mobil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text conflict: changed on two computers (Session → Text conflicts)</source>
        <translation>Tekstkonflikt: endret på to datamaskiner (Økt → Tekstkonflikter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note %1</source>
        <translation>Lapp %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from a phone</source>
        <translation>fra mobil</translation>
    </message>
    <message numerus="yes">
        <location line="+257"/>
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n stemme)</numerusform>
            <numerusform>(%n stemmer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardSpeech</name>
    <message>
        <location filename="../../workshop/ui/board/accessible.py" line="+162"/>
        <location line="+134"/>
        <source>Cluster %1</source>
        <translation>Klynge %1</translation>
    </message>
    <message numerus="yes">
        <location line="-129"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n lapp</numerusform>
            <numerusform>%n lapper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+135"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stemme</numerusform>
            <numerusform>%n stemmer</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Step %1: %2</source>
        <translation>Steg %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Principles: %1</source>
        <translation>Prinsipper: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group: %1</source>
        <translation>Deltakergruppe: %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../workshop/ui/board/view.py" line="+41"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sticky notes. Arrow keys move between notes, Shift+arrows move a note.</source>
        <translation>Lapper. Piltastene går fra lapp til lapp, Shift+piltast flytter en lapp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a note in the line below and press Enter: it lands on the board at once.</source>
        <translation>Skriv en lapp i feltet under og trykk Enter: den havner på tavla med en gang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1 shows all keys.</source>
        <translation>F1 viser alle tastene.</translation>
    </message>
</context>
<context>
    <name>CaptureInput</name>
    <message>
        <location filename="../../workshop/ui/run/capture.py" line="+19"/>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a note and press Enter. Shift+Enter starts a new line.</source>
        <translation>Skriv en lapp og trykk Enter. Shift+Enter gir ny linje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a note and press Enter (Shift+Enter: new line)</source>
        <translation>Skriv en lapp og trykk Enter (Shift+Enter: ny linje)</translation>
    </message>
</context>
<context>
    <name>CaptureSheet</name>
    <message>
        <location filename="../../workshop/ui/run/type_in.py" line="+135"/>
        <location line="+17"/>
        <source>Verksted</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Print capture sheet</source>
        <translation>Skriv ut skjema for innspill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../workshop/ui/commands/notes.py" line="-117"/>
        <source>Add note</source>
        <translation>Legg til lapp</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit note</source>
        <translation>Endre lapp</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Slett %n lapp</numerusform>
            <numerusform>Slett %n lapper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) deleted</source>
        <translation>
            <numerusform>%n lapp slettet</numerusform>
            <numerusform>%n lapper slettet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/ui/commands/tags.py" line="+15"/>
        <source>Tag with principle %1</source>
        <translation>Koble til prinsipp %1</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/commands/notes.py" line="+19"/>
        <source>Add vote</source>
        <translation>Gi stemme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove vote</source>
        <translation>Fjern stemme</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/commands/board.py" line="+102"/>
        <source>Move to cluster</source>
        <translation>Flytt til klynge</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Flytt %n lapp</numerusform>
            <numerusform>Flytt %n lapper</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Group into “%1”</source>
        <translation>Samle i «%1»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tidy cluster “%1”</source>
        <translation>Rydd klyngen «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy lane %1</source>
        <translation>Rydd kolonne %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename cluster</source>
        <translation>Gi klyngen nytt navn</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Take out of cluster</source>
        <translation>Ta ut av klyngen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/commands/tags.py" line="+38"/>
        <source>Change mapping</source>
        <translation>Endre kobling</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/commands/phones.py" line="+26"/>
        <source>Approve %n note(s) from phones</source>
        <translation>
            <numerusform>Godkjenn %n lapp fra mobil</numerusform>
            <numerusform>Godkjenn %n lapper fra mobiler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit note from a phone</source>
        <translation>Rediger lapp fra mobil</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reject %n note(s) from phones</source>
        <translation>
            <numerusform>Avvis %n lapp fra mobil</numerusform>
            <numerusform>Avvis %n lapper fra mobiler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change how phone notes are taken</source>
        <translation>Endre hvordan lapper fra mobiler tas imot</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/commands/room.py" line="+20"/>
        <source>Reveal to the room</source>
        <translation>Vis for rommet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide from the room</source>
        <translation>Skjul for rommet</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../workshop/ui/conflicts_dialog.py" line="+87"/>
        <source>These notes were changed on two computers before their session files met. Choose a version, or write the text to keep, and save it. Every version stays in the note&apos;s history.</source>
        <translation>Disse lappene ble endret på to datamaskiner før øktfilene deres møttes. Velg en versjon, eller skriv teksten som skal beholdes, og lagre den. Alle versjonene blir værende i lappens historikk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No text conflicts in this session.</source>
        <translation>Ingen tekstkonflikter i denne økta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes with a text conflict</source>
        <translation>Lapper med tekstkonflikt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text to keep</source>
        <translation>Tekst som skal beholdes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text to keep (Enter saves, Shift+Enter breaks the line):</source>
        <translation>&amp;Tekst som skal beholdes (Enter lagrer, Shift+Enter gir ny linje):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Save text</source>
        <translation>&amp;Lagre teksten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Text conflicts</source>
        <translation>Tekstkonflikter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text conflicts – %1</source>
        <translation>Tekstkonflikter – %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Note #%1 has %n version(s):</source>
        <translation>
            <numerusform>Lapp #%1 har %n versjon:</numerusform>
            <numerusform>Lapp #%1 har %n versjoner:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this version</source>
        <translation>Bruk denne versjonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use version %1</source>
        <translation>Bruk versjon %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this computer</source>
        <translation>denne datamaskinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another computer (%1)</source>
        <translation>en annen datamaskin (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1, %2 on %3</source>
        <translation>Versjon %1, %2 på %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the newest)</source>
        <translation>(den nyeste)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Text not saved</source>
        <translation>Teksten ble ikke lagret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the text of note #%1.</source>
        <translation>Lagret teksten på lapp #%1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) left.</source>
        <translation>
            <numerusform>%n konflikt igjen.</numerusform>
            <numerusform>%n konflikter igjen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All conflicts are resolved.</source>
        <translation>Alle konfliktene er løst.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../workshop/ui/new_session/details_page.py" line="+35"/>
        <source>Details</source>
        <translation>Opplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the title is required; the rest can be filled in later.</source>
        <translation>Bare tittelen må fylles ut; resten kan du fylle ut senere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Politician workshop on innovation</source>
        <translation>For eksempel: Politikerverksted om innovasjon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boo&amp;ked hours</source>
        <translation>&amp;Avtalt tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked hours</source>
        <translation>Avtalt tid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booked from</source>
        <translation>Avtalt fra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booked until</source>
        <translation>Avtalt til</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Gran town hall, council chamber</source>
        <translation>For eksempel: Gran rådhus, kommunestyresalen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitators, separated by commas</source>
        <translation>Prosessledere, skilt med komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Navn, skilt med komma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the session</source>
        <translation>Språket i økta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agenda, the participant groups and the minutes use this language.</source>
        <translation>Agendaen, deltakergruppene og referatet bruker dette språket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive reference (optional)</source>
        <translation>Arkivreferanse (valgfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: case number 2026/123</source>
        <translation>For eksempel: saksnummer 2026/123</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fac&amp;ilitators:</source>
        <translation>&amp;Prosessledere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>Språ&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rchive reference:</source>
        <translation>A&amp;rkivreferanse:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The end time must be after the start time.</source>
        <translation>Sluttiden må være etter starttiden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agenda takes %1, but only %2 is booked.</source>
        <translation>Agendaen tar %1, men bare %2 er avtalt.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workshop/ui/errors.py" line="+55"/>
        <source>Something went wrong: %1

Everything that was shown as saved is saved. The details are in %2.</source>
        <translation>Noe gikk galt: %1

Alt som ble vist som lagret, er lagret. Detaljene står i %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workshop/ui/export_dialog.py" line="+63"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the document</source>
        <translation>Språket i dokumentet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Anonymous (leave out authors and names)</source>
        <translation>&amp;Anonymt (uten forfattere og navn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous</source>
        <translation>Anonymt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Velg&#xa0;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open the file</source>
        <translation>Å&amp;pne filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n note(s) have text changed on two computers and not yet settled (Session → Text conflicts…). The minutes show both texts.</source>
        <translation>
            <numerusform>%n lapp har tekst som er endret på to datamaskiner og ikke avklart (Økt → Tekstkonflikter&#xa0;…). Referatet viser begge tekstene.</numerusform>
            <numerusform>%n lapper har tekst som er endret på to datamaskiner og ikke avklart (Økt → Tekstkonflikter&#xa0;…). Referatet viser begge tekstene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export to</source>
        <translation>Eksporter til</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a file in a folder that exists.</source>
        <translation>Velg en fil i en mappe som finnes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting…</source>
        <translation>Eksporterer&#xa0;…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>Ikke eksportert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Avbryter&#xa0;…</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <location filename="../../workshop/ui/new_session/framework_page.py" line="+30"/>
        <source>Framework</source>
        <translation>Rammeverk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The principles and focus areas the notes of this session are linked to.</source>
        <translation>Prinsippene og fokusområdene som lappene i denne økta kobles til.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Framework file</source>
        <translation>Rammeverksfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Velg fil&#xa0;…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Choose a framework file</source>
        <translation>Velg en rammeverksfil</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Use the built-in</source>
        <translation>Bruk det &amp;innebygde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the built-in framework</source>
        <translation>Bruk det innebygde rammeverket</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Framework file:</source>
        <translation>&amp;Rammeverksfil:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Framework files (*.toml)</source>
        <translation>Rammeverksfiler (*.toml)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (built-in)</source>
        <translation>%1 (innebygd)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 principle</source>
        <translation>1 prinsipp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 principles</source>
        <translation>%1 prinsipper</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This framework file cannot be used:</source>
        <translation>Denne rammeverksfilen kan ikke brukes:</translation>
    </message>
</context>
<context>
    <name>GettingStartedTour</name>
    <message>
        <location filename="../../workshop/ui/tour.py" line="+242"/>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open the &amp;demo session</source>
        <translation>Åpne &amp;demo-økta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the demo session: a themed evening with about 40 notes to try things on</source>
        <translation>Åpner demo-økta: en temakveld med rundt 40 lapper å prøve deg fram på</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Capture notes</source>
        <translation>Skriv lapper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what is said in the line at the bottom of the board. Enter saves the note at once and puts it on the board.</source>
        <translation>Skriv det som blir sagt i feltet nederst under tavla. Enter lagrer lappen med en gang og setter den på tavla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the note</source>
        <translation>Lagre lappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link it to principle 1 … 10</source>
        <translation>Koble den til prinsipp 1 … 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort them on the board</source>
        <translation>Sorter dem på tavla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag notes into groups, and let the room vote on what matters most.</source>
        <translation>Dra lappene sammen i klynger, og la rommet stemme fram det som betyr mest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group the selected notes</source>
        <translation>Samle de valgte lappene i en klynge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dot voting: a click gives a vote</source>
        <translation>Prikkstemming: et klikk gir en stemme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the notes</source>
        <translation>Filtrer lappene</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Export the minutes</source>
        <translation>Eksporter referatet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 writes the minutes as a PDF, with the inputs grouped by principle.</source>
        <translation>%1 lager referatet som PDF, med innspillene ordnet etter prinsipp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All keys in run mode</source>
        <translation>Alle tastene under gjennomføringen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
</context>
<context>
    <name>InPlaceEditor</name>
    <message>
        <location filename="../../workshop/ui/run/note_editor.py" line="+48"/>
        <source>Edit note</source>
        <translation>Endre lapp</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <location filename="../../workshop/ui/phones/join_panel.py" line="+46"/>
        <source>How to join from a phone</source>
        <translation>Slik blir du med fra mobilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and vote from your phone</source>
        <translation>Skriv og stem fra mobilen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Same Wi-Fi as this laptop · no app, no account</source>
        <translation>Samme Wi-Fi som denne PC-en · ingen app, ingen konto</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Room code %1</source>
        <translation>Romkode %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for %1</source>
        <translation>QR-kode for %1</translation>
    </message>
</context>
<context>
    <name>KeySheet</name>
    <message>
        <location filename="../../workshop/ui/run/keys.py" line="+23"/>
        <source>Capture</source>
        <translation>Skrivefeltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the note to the current step</source>
        <translation>Legg lappen til i steget dere er på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the note</source>
        <translation>Ny linje i lappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous participant group</source>
        <translation>Neste / forrige deltakergruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous colour</source>
        <translation>Neste / forrige farge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep / change (notes of an evaluation step)</source>
        <translation>Behold / endre (lapper på et evalueringssteg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toggle principle 1 … 9, 10 on the selected note (or the note just added)</source>
        <translation>Slå prinsipp 1 … 9, 10 av eller på for den valgte lappen (eller lappen du nettopp la til)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the board (selects the note just added)</source>
        <translation>Gå til tavla (velger lappen du nettopp la til)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type-in mode for notes from paper: all new notes go to one chosen step</source>
        <translation>Innskriving fra papir: alle nye lapper går til ett valgt steg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys</source>
        <translation>Piltaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the next note in that direction</source>
        <translation>Velg neste lapp i den retningen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next / previous note, row by row (a screen reader reads it)</source>
        <translation>Neste / forrige lapp, rad for rad (en skjermleser leser den opp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift+arrow keys</source>
        <translation>Shift+piltaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected notes</source>
        <translation>Flytt de valgte lappene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the note in place (Enter saves, Esc cancels)</source>
        <translation>Endre lappen der den er (Enter lagrer, Esc avbryter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected notes (undo brings them back)</source>
        <translation>Slett de valgte lappene (angre henter dem tilbake)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add / remove a vote on the selected notes</source>
        <translation>Gi / fjern en stemme på de valgte lappene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dot voting: a click adds a vote, Shift+click removes one</source>
        <translation>Prikkstemming: et klikk gir en stemme, Shift+klikk fjerner en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group the selected notes into a named cluster</source>
        <translation>Samle de valgte lappene i en klynge med navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the selected notes out of their cluster</source>
        <translation>Ta de valgte lappene ut av klyngen sin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidy up the selected notes&apos; cluster, or the lane of the step</source>
        <translation>Rydd klyngen til de valgte lappene, eller kolonnen til steget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silent writing and votes: reveal the notes or the totals on the projector</source>
        <translation>Stille skriving og stemming: vis lappene eller stemmetallene på projektoren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action from the selected notes (or the note just added)</source>
        <translation>Nytt tiltak fra de valgte lappene (eller lappen du nettopp la til)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the selected notes as a story worth telling</source>
        <translation>Merk de valgte lappene som en historie verdt å fortelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On an evaluation step: to the rating field (type 1–5 per person)</source>
        <translation>På et evalueringssteg: til vurderingsfeltet (skriv 1–5 per person)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter notes by text</source>
        <translation>Filtrer lappene på tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in / zoom out / fit the board</source>
        <translation>Zoom inn / zoom ut / tilpass tavla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the capture line</source>
        <translation>Tilbake til skrivefeltet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda and timer</source>
        <translation>Agenda og tidtaker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Forrige steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start, pause or resume the timer</source>
        <translation>Start tidtakeren, sett den på pause eller i gang igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One / five more minutes</source>
        <translation>Ett / fem minutter til</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phones</source>
        <translation>Mobiler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phones in the room on or off (Mobil: the server, the QR code on the projector)</source>
        <translation>Mobil på eller av (serveren og QR-koden på prosjektoren)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To the notes from phones waiting for approval</source>
        <translation>Til lappene fra mobiler som venter på godkjenning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the queue: Enter approves, F2 edits, Delete rejects the chosen note</source>
        <translation>I køen: Enter godkjenner, F2 retter, Delete avviser den valgte lappen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everywhere</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sheet</source>
        <translation>Denne oversikten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everything in run mode works from the keyboard.</source>
        <translation>Alt under gjennomføringen kan gjøres med tastaturet.</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <location filename="../../workshop/ui/approval_dialog.py" line="+114"/>
        <source>Reopen minutes…</source>
        <translation>Gjenåpne referat&#xa0;…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved minutes, version %1 – approved by %2 on %3. The session is locked: nothing in it can be changed until the minutes are reopened.</source>
        <translation>Godkjent referat, versjon %1 – godkjent av %2 %3. Økten er låst: ingenting i den kan endres før referatet gjenåpnes.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) from other copies wait to be taken in.</source>
        <translation>
            <numerusform>%n endring fra andre kopier venter på å bli tatt inn.</numerusform>
            <numerusform>%n endringer fra andre kopier venter på å bli tatt inn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop/ui/main_window.py" line="+76"/>
        <source>Verksted – Sessions</source>
        <translation>Verksted – Økter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/tour.py" line="-347"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export minutes…</source>
        <translation>&amp;Eksporter referat&#xa0;…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/main_window.py" line="+44"/>
        <source>process %1 on %2</source>
        <translation>prosess %1 på %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is open elsewhere</source>
        <translation>Arkivet er åpent et annet sted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This library is already open in another Verksted window (%1). Close that window first; nothing has been changed here.</source>
        <translation>Dette arkivet er allerede åpent i et annet Verksted-vindu (%1). Lukk det vinduet først; ingenting er endret her.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the library</source>
        <translation>Kan ikke åpne arkivet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the session</source>
        <translation>Kan ikke åpne økta</translation>
    </message>
</context>
<context>
    <name>MainWindowHelp</name>
    <message>
        <location filename="../../workshop/ui/window/help.py" line="+56"/>
        <source>About Verksted</source>
        <translation>Om Verksted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Verksted %1&lt;/h3&gt;&lt;p&gt;Plan and run workshops and citizen-participation sessions, capture what is said, and write the minutes.&lt;/p&gt;&lt;p&gt;Licence: MIT. Fonts: DejaVu (Bitstream Vera licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Verksted %1&lt;/h3&gt;&lt;p&gt;Planlegg og gjennomfør verksteder og medvirkningsmøter, skriv ned det som blir sagt, og lag referat.&lt;/p&gt;&lt;p&gt;Lisens: MIT. Skrifter: DejaVu (Bitstream Vera-lisens).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../workshop/ui/window/menus.py" line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New session…</source>
        <translation>&amp;Ny økt&#xa0;…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export minutes…</source>
        <translation>&amp;Eksporter referat&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print capture sheet…</source>
        <translation>Skriv &amp;ut skjema for innspill&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport session…</source>
        <translation>E&amp;ksporter økt&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import session…</source>
        <translation>I&amp;mporter økt&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ync with the team server</source>
        <translation>S&amp;ynkroniser med teamserveren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to sessions</source>
        <translation>&amp;Tilbake til øktene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Søk&#xa0;…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sessions</source>
        <translation>Ø&amp;kter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ctions across sessions</source>
        <translation>T&amp;iltak på tvers av økter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overview and report</source>
        <translation>Ove&amp;rsikt og rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mapping</source>
        <translation>K&amp;obling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presenter view</source>
        <translation>&amp;Presentasjonsvisning</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Session</source>
        <translation>Ø&amp;kt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Gjennomfør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details…</source>
        <translation>&amp;Opplysninger&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>&amp;Finish session</source>
        <translation>&amp;Avslutt økta</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>&amp;Photos…</source>
        <translation>&amp;Bilder&#xa0;…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text &amp;conflicts…</source>
        <translation>&amp;Tekstkonflikter&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve minutes…</source>
        <translation>Godk&amp;jenn referat&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen &amp;minutes…</source>
        <translation>Gjenåpne &amp;referat&#xa0;…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastatursnarveier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Verksted</source>
        <translation>&amp;Om Verksted</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Re&amp;open session</source>
        <translation>Gjen&amp;åpne økta</translation>
    </message>
</context>
<context>
    <name>MainWindowPages</name>
    <message>
        <location filename="../../workshop/ui/window/pages.py" line="+102"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Gjennomføring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping</source>
        <translation>Kobling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verksted – %1</source>
        <translation>Verksted – %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Verksted – Sessions</source>
        <translation>Verksted – Økter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verksted – Actions</source>
        <translation>Verksted – Tiltak</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verksted – Overview</source>
        <translation>Verksted – Oversikt</translation>
    </message>
</context>
<context>
    <name>MainWindowSessionActions</name>
    <message>
        <location filename="../../workshop/ui/window/session_actions.py" line="+54"/>
        <source>Details saved – Ctrl+Z undoes</source>
        <translation>Opplysningene er lagret – Ctrl+Z angrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <location line="+45"/>
        <source>Verksted</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Verksted – %1</source>
        <translation>Verksted – %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Minutes approved as version %1 (SHA-256 %2)</source>
        <translation>Referatet er godkjent som versjon %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Minutes reopened; the next approval will be version %1</source>
        <translation>Referatet er gjenåpnet; neste godkjenning blir versjon %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+80"/>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
    <message numerus="yes">
        <location line="-67"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Eksporterte %n lapp til %1</numerusform>
            <numerusform>Eksporterte %n lapper til %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported “%1”: %2 new notes, %3 updated</source>
        <translation>Importerte «%1»: %2 nye lapper, %3 endret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text conflicts</source>
        <translation>Tekstkonflikter</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) in “%1” were changed on two computers. Choose the text to keep now?</source>
        <translation>
            <numerusform>%n lapp i «%1» ble endret på to datamaskiner. Vil du velge teksten som skal beholdes nå?</numerusform>
            <numerusform>%n lapper i «%1» ble endret på to datamaskiner. Vil du velge teksten som skal beholdes nå?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindowTeamSync</name>
    <message>
        <location filename="../../workshop/ui/window/team_sync.py" line="+86"/>
        <source>Syncing with the team server…</source>
        <translation>Synkroniserer med teamserveren&#xa0;…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <location line="+40"/>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The team server&apos;s address, for example postgresql://kari@server/verksted (the password is asked for when needed, never stored):</source>
        <translation>Adressen til teamserveren, for eksempel postgresql://kari@server/verksted (passordet blir spurt om ved behov og aldri lagret):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Syncing with the team server… %1 of %2 sessions</source>
        <translation>Synkroniserer med teamserveren&#xa0;… %1 av %2 økter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not every session was synced</source>
        <translation>Ikke alle øktene ble synkronisert</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+40"/>
        <source>The sync did not complete</source>
        <translation>Synkroniseringen ble ikke fullført</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Sync stopped</source>
        <translation>Synkroniseringen ble stoppet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password (used for this sync only, never stored):</source>
        <translation>Passord (brukes bare til denne synkroniseringen og lagres aldri):</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../../workshop/ui/mapping_view.py" line="+129"/>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cluster: %1</source>
        <translation>Klynge: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Coverage per principle</source>
        <translation>Dekning per prinsipp</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no inputs: %1</source>
        <translation>ingen innspill: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Notes and principles</source>
        <translation>Lapper og prinsipper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and focus areas</source>
        <translation>Lapper og fokusområder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only &amp;unmapped notes</source>
        <translation>Bare lapper &amp;uten kobling</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Filter notes</source>
        <translation>Filtrer lappene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a cluster</source>
        <translation>Velg en klynge</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a cluster…</source>
        <translation>Velg en klynge&#xa0;…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Suggestions</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested principles</source>
        <translation>Foreslåtte prinsipper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>Godta (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject (Ctrl+Backspace)</source>
        <translation>Avvis (Ctrl+Backspace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>because: %1</source>
        <translation>fordi: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No suggestions for this note.</source>
        <translation>Ingen forslag til denne lappen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Principles</source>
        <translation>&amp;Prinsipper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focus areas</source>
        <translation>F&amp;okusområder</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No notes yet. Capture them on the board (Ctrl+Shift+B); here you link them to the principles and focus areas.</source>
        <translation>Ingen lapper ennå. Skriv dem inn på tavla (Ctrl+Shift+B); her kobler du dem til prinsippene og fokusområdene.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Focus areas</source>
        <translation>Fokusområder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The principles</source>
        <translation>Prinsippene</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accept suggestion</source>
        <translation>Godta forslaget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reject suggestion</source>
        <translation>Avvis forslaget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toggle principle %1</source>
        <translation>Slå prinsipp %1 av eller på</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New action from the selected notes…</source>
        <translation>Nytt tiltak fra de valgte lappene&#xa0;…</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <location filename="../../workshop/ui/action_dialog.py" line="-190"/>
        <source>New action</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit action</source>
        <translation>Endre tiltak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session: %1</source>
        <translation>Økt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is to be done</source>
        <translation>Hva skal gjøres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is to be done, in one sentence</source>
        <translation>Hva skal gjøres, i én setning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who follows it up</source>
        <translation>Hvem følger det opp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Due by</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Principles</source>
        <translation>Prinsipper</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Linked notes</source>
        <translation>Koblede lapper</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create action</source>
        <translation>Lag tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Action:</source>
        <translation>&amp;Tiltak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Linked notes: none (no note was selected)</source>
        <translation>Koblede lapper: ingen (ingen lapp var markert)</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Link the whole cluster “%1” (%n note(s))</source>
        <translation>
            <numerusform>Koble hele klyngen «%1» (%n lapp)</numerusform>
            <numerusform>Koble hele klyngen «%1» (%n lapper)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Write what is to be done.</source>
        <translation>Skriv hva som skal gjøres.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../workshop/ui/session_details.py" line="+295"/>
        <source>Duplicate as new plan</source>
        <translation>Dupliser som ny plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new plan gets the agenda, place, facilitators and participant groups; no notes.</source>
        <translation>Den nye planen får agendaen, stedet, prosesslederne og deltakergruppene, men ingen lapper.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title of the new plan</source>
        <translation>Tittel på den nye planen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the new plan</source>
        <translation>Dato for den nye planen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
</context>
<context>
    <name>NewSessionWizard</name>
    <message>
        <location filename="../../workshop/ui/new_session/wizard.py" line="+39"/>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Create session</source>
        <translation>&amp;Opprett økt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the session</source>
        <translation>Opprett økta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A template could not be read and is left out: %1</source>
        <translation>En mal kunne ikke leses og er utelatt: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Discard the new session?</source>
        <translation>Forkaste den nye økta?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you filled in is not saved. Discard it and close the wizard?</source>
        <translation>Det du har fylt inn, er ikke lagret. Vil du forkaste det og lukke vinduet?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsett å fylle inn</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The session was not created</source>
        <translation>Økta ble ikke opprettet</translation>
    </message>
</context>
<context>
    <name>OverviewExports</name>
    <message>
        <location filename="../../workshop/ui/overview/exports.py" line="+24"/>
        <source>overview</source>
        <comment>the start of the exported files&apos; names</comment>
        <translation>oversikt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the report…</source>
        <translation>Skriver rapporten&#xa0;…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Not exported: %1</source>
        <translation>Ikke eksportert: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export the tables to a folder</source>
        <translation>Eksporter tabellene til en mappe</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Saved %n table(s) to %1</source>
        <translation>
            <numerusform>Lagret %n tabell i %1</numerusform>
            <numerusform>Lagret %n tabeller i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../workshop/ui/overview/view.py" line="+63"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;year</source>
        <translation>I &amp;år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last year</source>
        <translation>I f&amp;jor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Eksporter &amp;rapport (PDF)&#xa0;…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export t&amp;ables (CSV)…</source>
        <translation>Eksporter t&amp;abeller (CSV)&#xa0;…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+36"/>
        <location line="+14"/>
        <source>Sessions</source>
        <translation>Økter</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+37"/>
        <location line="+9"/>
        <location line="+33"/>
        <location line="+24"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+35"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>Inputs</source>
        <translation>Innspill</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+56"/>
        <location line="+23"/>
        <location line="+24"/>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Average evaluation</source>
        <translation>Gjennomsnittlig evaluering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Innovation stories</source>
        <translation>Innovasjonshistorier</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+7"/>
        <source>Inputs per principle</source>
        <translation>Innspill per prinsipp</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Sessions per month</source>
        <translation>Økter per måned</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Session type</source>
        <translation>Type økt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+187"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+13"/>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Snitt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sessions counted</source>
        <translation>Økter som er talt med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By type</source>
        <translation>Etter type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus areas</source>
        <translation>Fokusområder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>Historier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The first day is after the last day.</source>
        <translation>Første dag er etter siste dag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sessions in this period: choose other dates above.</source>
        <translation>Ingen økter i denne perioden. Velg andre datoer over.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n session(s) without a date not counted</source>
        <translation>
            <numerusform>%n økt uten dato er ikke talt med</numerusform>
            <numerusform>%n økter uten dato er ikke talt med</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 actual, %2 planned</source>
        <translation>%1 faktisk, %2 planlagt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 without a principle</source>
        <translation>%1 uten prinsipp</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>of 5 · %n rating(s)</source>
        <translation>
            <numerusform>av 5 · %n vurdering</numerusform>
            <numerusform>av 5 · %n vurderinger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ratings</source>
        <translation>Ingen vurderinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No principle</source>
        <translation>Uten prinsipp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Principles with few inputs: %1</source>
        <translation>Prinsipper med få innspill: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without any input</source>
        <translation>
            <numerusform>%n uten innspill</numerusform>
            <numerusform>%n uten innspill</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Input</source>
        <translation>Innspill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session %1</source>
        <translation>økt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No input or action is marked as a story.</source>
        <translation>Ingen innspill eller tiltak er merket som historie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stories (%1)</source>
        <translation>Historier (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions counted (%1)</source>
        <translation>Økter som er talt med (%1)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../workshop/ui/new_session/participants_page.py" line="+32"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many do you expect from each group? Notes can be marked with these groups.</source>
        <translation>Hvor mange venter du fra hver deltakergruppe? Lappene kan merkes med disse gruppene.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name of a new group</source>
        <translation>Navn på en ny deltakergruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new group, for example: Youth council</source>
        <translation>Ny deltakergruppe, for eksempel: Ungdomsrådet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add group</source>
        <translation>&amp;Legg til gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the group</source>
        <translation>Legg til deltakergruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;group:</source>
        <translation>Ny &amp;gruppe:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The group “%1” is already in the list.</source>
        <translation>Deltakergruppen «%1» står allerede i lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planned participants: %1</source>
        <translation>Planlagte deltakere: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the group %1</source>
        <translation>Fjern deltakergruppen %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Planned in total: %1</source>
        <translation>Planlagt til sammen: %1</translation>
    </message>
</context>
<context>
    <name>PhoneSetupDialog</name>
    <message>
        <location filename="../../workshop/ui/phones/setup.py" line="+55"/>
        <source>Phones in the room</source>
        <translation>Mobiler i rommet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phones join over the laptop&apos;s hotspot or the room&apos;s Wi-Fi (a travel router). Choose the address of that network; nothing leaves the room.</source>
        <translation>Mobilene kobler seg til via PC-ens hotspot eller rommets Wi-Fi (en reiseruter). Velg adressen på det nettet; ingenting forlater rommet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address the phones connect to</source>
        <translation>Adressen mobilene kobler seg til</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every network of this laptop (0.0.0.0)</source>
        <translation>Alle nettene til denne PC-en (0.0.0.0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone on any network this laptop is on can open the page.</source>
        <translation>Alle på alle nett denne PC-en er på, kan åpne siden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listen on</source>
        <translation>Lytt på</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every network: phones on any network this laptop is on, also a public one, can open the page. The run view says so while it lasts.</source>
        <translation>Alle nett: mobiler på alle nett denne PC-en er på, også et offentlig, kan åpne siden. Kjørevisningen sier fra så lenge det varer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any free port</source>
        <translation>en ledig port</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Straight onto the board</source>
        <translation>Rett på tavla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Into a queue: I approve, edit or reject each note</source>
        <translation>I en kø: jeg godkjenner, retter eller avviser hver lapp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes from phones go</source>
        <translation>Lapper fra mobiler går</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse notes with a word from the bokmål word list (abuse and slurs)</source>
        <translation>Avvis lapper med et ord fra bokmålslista (sjikane og skjellsord)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note from a phone can be up to %1 characters.</source>
        <translation>En lapp fra mobil kan ha opptil %1 tegn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>hotspot</source>
        <translation>hotspot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local network</source>
        <translation>lokalt nett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer only, for a try-out</source>
        <translation>bare denne PC-en, for å prøve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recommended</source>
        <translation>anbefalt</translation>
    </message>
</context>
<context>
    <name>PhonesBar</name>
    <message>
        <location filename="../../workshop/ui/phones/bar.py" line="+26"/>
        <source>Phones</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let phones in the room write, vote and rate (%1)</source>
        <translation>La mobilene i rommet skrive, stemme og gi karakter (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones in the room</source>
        <translation>Mobiler i rommet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join address and room code</source>
        <translation>Adresse og romkode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listening on every network (0.0.0.0)</source>
        <translation>Lytter på alle nett (0.0.0.0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The notes waiting for approval (%1)</source>
        <translation>Lappene som venter på godkjenning (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Large QR</source>
        <translation>Stor QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the QR code large on the projector instead of the board</source>
        <translation>Vis QR-koden stort på prosjektoren i stedet for tavla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings…</source>
        <translation>Innstillinger&#xa0;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where phones connect, and whether their notes need approval</source>
        <translation>Hvor mobilene kobler seg til, og om lappene deres må godkjennes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join cards…</source>
        <translation>Kort med QR&#xa0;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page of cards with the QR code, address and room code to print</source>
        <translation>En side med kort med QR-kode, adresse og romkode til å skrive ut</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Phones are off: turn them on, and the room joins with the QR code on the projector</source>
        <translation>Mobil er av: slå den på, så blir rommet med via QR-koden på prosjektoren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · room code %2</source>
        <translation>%1 · romkode %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n mobil</numerusform>
            <numerusform>%n mobiler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queue: %1</source>
        <translation>Kø: %1</translation>
    </message>
</context>
<context>
    <name>PhotosDialog</name>
    <message>
        <location filename="../../workshop/ui/attachments_dialog.py" line="+68"/>
        <source>Photos – %1</source>
        <translation>Bilder – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos of the wall or a flipchart. They are kept with the session and appear in the appendix of the minutes. Location and camera details are removed.</source>
        <translation>Bilder av veggen eller en flippover. De lagres sammen med økten og kommer med i vedlegget til referatet. Sted og kameraopplysninger fjernes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No photos yet. Add photos of the wall or the flipcharts.</source>
        <translation>Ingen bilder ennå. Legg til bilder av veggen eller flippoverne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the photo shows</source>
        <translation>Hva bildet viser</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>The whole session</source>
        <translation>Hele økten</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildetekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep:</source>
        <translation>S&amp;teg:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add photos…</source>
        <translation>&amp;Legg til bilder&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern&#xa0;…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Step %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no caption)</source>
        <translation>(ingen bildetekst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 px, %3 kB</source>
        <translation>%1 × %2 px, %3 kB</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add photos</source>
        <translation>Legg til bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove photo</source>
        <translation>Fjern bilde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this photo from the session? It cannot be brought back.</source>
        <translation>Vil du fjerne bildet fra økten? Det kan ikke hentes tilbake.</translation>
    </message>
</context>
<context>
    <name>PresenterBoard</name>
    <message>
        <location filename="../../workshop/ui/presenter_board.py" line="+175"/>
        <source>(continued)</source>
        <translation>(fortsatt)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n stemme)</numerusform>
            <numerusform>(%n stemmer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../workshop/ui/presenter.py" line="+36"/>
        <source>Presenter view</source>
        <translation>Presentasjonsvisning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verksted – presenter view</source>
        <translation>Verksted – presentasjonsvisning</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not in a cluster</source>
        <translation>Ikke i en klynge</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n note(s) written so far. They appear here when the facilitator reveals them.</source>
        <translation>
            <numerusform>%n lapp skrevet så langt. Den vises her når prosessleder viser den fram.</numerusform>
            <numerusform>%n lapper skrevet så langt. De vises her når prosessleder viser dem fram.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the totals are shown when the facilitator reveals them</source>
        <translation>stemmetallene vises når prosessleder viser dem fram</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>PrincipleLegend</name>
    <message>
        <location filename="../../workshop/ui/board/overlays.py" line="+78"/>
        <source>Legend: %1</source>
        <translation>Forklaring: %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../workshop/ui/phones/queue.py" line="+86"/>
        <source>Notes from phones waiting for approval</source>
        <translation>Lapper fra mobiler som venter på godkjenning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting notes</source>
        <translation>Ventende lapper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter approves, F2 edits, Delete rejects, Esc back to the capture line</source>
        <translation>Enter godkjenner, F2 retter, Delete avviser, Esc tilbake til skrivelinja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rett&#xa0;…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Avvis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve a&amp;ll</source>
        <translation>Godkjenn a&amp;lle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sent at %1</source>
        <translation>Sendt kl. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a phone, sent at %1</source>
        <translation>Fra mobil, sendt kl. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for approval: %1</source>
        <translation>Venter på godkjenning: %1</translation>
    </message>
</context>
<context>
    <name>RatingBars</name>
    <message>
        <location filename="../../workshop/ui/run/rating.py" line="+117"/>
        <source>Distribution of the ratings</source>
        <translation>Fordeling av vurderingene</translation>
    </message>
</context>
<context>
    <name>RatingCommands</name>
    <message>
        <location filename="../../workshop/ui/commands/ratings.py" line="+39"/>
        <source>Add rating %1</source>
        <translation>Legg til vurdering %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove rating %1</source>
        <translation>Fjern vurdering %1</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <location filename="../../workshop/ui/run/rating.py" line="-56"/>
        <source>Rating of the session</source>
        <translation>Vurdering av økta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one digit from 1 to 5 per participant. Backspace removes the last rating. Esc or Enter goes back to the capture line.</source>
        <translation>Skriv ett siffer fra 1 til 5 per deltaker. Tilbaketasten fjerner den siste vurderingen. Esc eller Enter går tilbake til skrivefeltet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type 1–5, one digit per person</source>
        <translation>Skriv 1–5, ett siffer per person</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location line="+138"/>
        <source>Rating of the session, 1–5 (%1)</source>
        <translation>Vurdering av økta, 1–5 (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mark new notes as:</source>
        <translation>Merk nye lapper som:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Rate the session</source>
        <translation>Vurder økta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark new notes as “%1”</source>
        <translation>Merk nye lapper som «%1»</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>or press F12 in the capture line</source>
        <translation>eller trykk F12 i skrivefeltet</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New notes are marked “%1” (F12 switches)</source>
        <translation>Nye lapper merkes «%1» (F12 bytter)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ratings are given on an evaluation step.</source>
        <translation>Vurderinger gis i et evalueringssteg.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No rating to remove.</source>
        <translation>Ingen vurdering å fjerne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a rating: type 1–5.</source>
        <translation>«%1» er ingen vurdering: skriv 1–5.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n vurdering</numerusform>
            <numerusform>%n vurderinger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean %1 of 5</source>
        <translation>Snitt %1 av 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ratings yet</source>
        <translation>Ingen vurderinger ennå</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../workshop/ui/approval_dialog.py" line="-111"/>
        <source>Reopen minutes</source>
        <translation>Gjenåpne referat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes of “%1” were approved by %2 on %3 (version %4). Reopening unlocks the session; the next approval is version %5, whose minutes give this reason and list what changed. Reopening is recorded; it is not undone with Ctrl+Z.</source>
        <translation>Referatet for «%1» ble godkjent av %2 %3 (versjon %4). Å gjenåpne låser opp økten; neste godkjenning blir versjon %5, og det referatet gir denne begrunnelsen og lister opp hva som er endret. Gjenåpningen blir registrert; den angres ikke med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n change(s) from other copies of the session waited while the minutes were approved; they are taken in now.</source>
        <translation>
            <numerusform>%n endring fra andre kopier av økten ventet mens referatet var godkjent; den tas inn nå.</numerusform>
            <numerusform>%n endringer fra andre kopier av økten ventet mens referatet var godkjent; de tas inn nå.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopened by:</source>
        <translation>Gjenåpnet av:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopen</source>
        <translation>Gjenåpne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the reason for reopening the minutes.</source>
        <translation>Skriv hvorfor referatet gjenåpnes.</translation>
    </message>
</context>
<context>
    <name>RoomTexts</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/run/room.py" line="+27"/>
        <source>%n vote(s) each</source>
        <translation>
            <numerusform>%n stemme hver</numerusform>
            <numerusform>%n stemmer hver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBoardEdits</name>
    <message>
        <location filename="../../workshop/ui/run/board_edits.py" line="+133"/>
        <source>Cluster %1</source>
        <translation>Klynge %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group into cluster</source>
        <translation>Samle i klynge</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Name of the cluster:</source>
        <translation>Navn på klyngen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cluster needs a name. Type one, or press Cancel.</source>
        <translation>En klynge trenger et navn. Skriv et, eller trykk Avbryt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the notes to group first (click, Ctrl+click or drag a box).</source>
        <translation>Velg lappene som skal samles først (klikk, Ctrl+klikk eller dra en ramme).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to tidy: the notes are already in order.</source>
        <translation>Ingenting å rydde: lappene er allerede i orden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename cluster</source>
        <translation>Gi klyngen nytt navn</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A note cannot be empty; to remove it, press Delete.</source>
        <translation>En lapp kan ikke være tom; trykk Delete for å fjerne den.</translation>
    </message>
</context>
<context>
    <name>RunCaptureRow</name>
    <message>
        <location filename="../../workshop/ui/run/capture_row.py" line="+34"/>
        <source>Participant group (F3 / Shift+F3)</source>
        <translation>Deltakergruppe (F3 / Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant group</source>
        <translation>Deltakergruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep or change (F12 / Shift+F12)</source>
        <translation>Behold eller endre (F12 / Shift+F12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep or change</source>
        <translation>Behold eller endre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note colour (F4 / Shift+F4)</source>
        <translation>Farge på lappen (F4 / Shift+F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note colour</source>
        <translation>Farge på lappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add note</source>
        <translation>Legg til lapp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The minutes are approved: reopen them (Session menu) to add notes</source>
        <translation>Referatet er godkjent: gjenåpne det (menyen Økt) for å legge til lapper</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note from paper for step %1 – Enter adds it, then type the next</source>
        <translation>Lapp fra papir til steg %1 – Enter legger den til, skriv så neste</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keep and change are for notes of an evaluation step.</source>
        <translation>Behold og endre gjelder lapper på et evalueringssteg.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Neither keep nor change</source>
        <translation>Verken behold eller endre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No group</source>
        <translation>Ingen deltakergruppe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Oransje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
</context>
<context>
    <name>RunFilterBar</name>
    <message>
        <location filename="../../workshop/ui/run/filter_bar.py" line="+39"/>
        <source>Filter notes (Ctrl+F)</source>
        <translation>Filtrer lappene (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter notes by text</source>
        <translation>Filtrer lappene på tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by principle</source>
        <translation>Filtrer etter prinsipp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by step</source>
        <translation>Filtrer etter steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by group</source>
        <translation>Filtrer etter deltakergruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dot voting mode</source>
        <translation>Prikkstemming</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legend</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the names of the principles</source>
        <translation>Vis eller skjul navnene på prinsippene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend of the principles</source>
        <translation>Forklaring av prinsippene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom ut (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit board (Ctrl+Shift+F)</source>
        <translation>Tilpass tavla (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom inn (Ctrl++)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dot voting: ON (F9)</source>
        <translation>Prikkstemming: PÅ (F9)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dot voting: off (F9)</source>
        <translation>Prikkstemming: av (F9)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All principles</source>
        <translation>Alle prinsipper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not mapped</source>
        <translation>Ikke koblet til prinsipp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All steps</source>
        <translation>Alle steg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All groups</source>
        <translation>Alle deltakergrupper</translation>
    </message>
</context>
<context>
    <name>RunPhones</name>
    <message>
        <location filename="../../workshop/ui/phones/part.py" line="+97"/>
        <source>Notes from phones waiting for approval</source>
        <translation>Lapper fra mobiler som venter på godkjenning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print join cards…</source>
        <translation>Skriv ut kort med QR-kode&#xa0;…</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+31"/>
        <source>Phones in the room</source>
        <translation>Mobiler i rommet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This laptop is on no network phones can reach. Turn on its hotspot or join the room&apos;s Wi-Fi, or choose an address under Settings.</source>
        <translation>PC-en er ikke på noe nett mobilene kan nå. Slå på hotspot eller koble til rommets Wi-Fi, eller velg en adresse under Innstillinger.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The session no longer exists; phones cannot reach it any more.</source>
        <translation>Økta finnes ikke lenger; mobilene kan ikke nå den.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Edit note from a phone</source>
        <translation>Rett lapp fra mobil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The phones&apos; server stopped because of an error. Turn Phones on again.</source>
        <translation>Serveren for mobilene stoppet på grunn av en feil. Slå på Mobil igjen.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Turn Phones on first: the cards show the address and room code.</source>
        <translation>Slå på Mobil først: kortene viser adressen og romkoden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print join cards</source>
        <translation>Skriv ut kort med QR-kode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join cards saved to %1</source>
        <translation>Kortene er lagret i %1</translation>
    </message>
</context>
<context>
    <name>RunRoom</name>
    <message>
        <location filename="../../workshop/ui/run/room.py" line="+35"/>
        <source>%1 of %2 used</source>
        <translation>%1 av %2 brukt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 used</source>
        <translation>%1 brukt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only silent writing and votes are hidden from the room.</source>
        <translation>Bare stille skriving og stemming skjules for rommet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the notes (F6)</source>
        <translation>Skjul lappene (F6)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveal the notes (F6)</source>
        <translation>Vis lappene (F6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide the totals (F6)</source>
        <translation>Skjul stemmetallene (F6)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveal the totals (F6)</source>
        <translation>Vis stemmetallene (F6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal (F6)</source>
        <translation>Vis for rommet (F6)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room sees this step&apos;s notes. F6 hides them.</source>
        <translation>Rommet ser lappene i dette steget. F6 skjuler dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden from the room: this step&apos;s notes. F6 reveals them.</source>
        <translation>Skjult for rommet: lappene i dette steget. F6 viser dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The room sees the vote totals. F6 hides them.</source>
        <translation>Rommet ser stemmetallene. F6 skjuler dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden from the room: the vote totals. F6 reveals them.</source>
        <translation>Skjult for rommet: stemmetallene. F6 viser dem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dot voting is on: click a note to give it a dot, Shift+click takes one back. F9 ends it.</source>
        <translation>Prikkstemming er på: klikk på en lapp for å gi den en prikk, Shift+klikk tar en tilbake. F9 avslutter.</translation>
    </message>
</context>
<context>
    <name>RunSteps</name>
    <message>
        <location filename="../../workshop/ui/run/steps.py" line="+130"/>
        <source>The session is finished (Session → Reopen).</source>
        <translation>Økta er avsluttet (Økt → Gjenåpne).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish the session</source>
        <translation>Avslutt økta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish “%1” now? The time it ended is recorded for the minutes; the booked hours stay as planned. You can reopen it from the Session menu.</source>
        <translation>Avslutte «%1» nå? Tidspunktet den sluttet lagres til referatet; den avtalte tiden står som planlagt. Du kan gjenåpne økta fra Økt-menyen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Session finished at %1 – Ctrl+Z undoes</source>
        <translation>Økta ble avsluttet kl. %1 – Ctrl+Z angrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session reopened – Ctrl+Z undoes</source>
        <translation>Økta er gjenåpnet – Ctrl+Z angrer</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../workshop/ui/run/run_view.py" line="+179"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toggle principle %1</source>
        <translation>Slå prinsipp %1 av eller på</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit note</source>
        <translation>Endre lapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete note</source>
        <translation>Slett lapp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group into cluster</source>
        <translation>Samle i klynge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take out of cluster</source>
        <translation>Ta ut av klyngen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidy up</source>
        <translation>Rydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next group</source>
        <translation>Neste deltakergruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous group</source>
        <translation>Forrige deltakergruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep or change</source>
        <translation>Behold eller endre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep or change, back</source>
        <translation>Behold eller endre, tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next colour</source>
        <translation>Neste farge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous colour</source>
        <translation>Forrige farge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dot voting</source>
        <translation>Prikkstemming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal or hide on the projector</source>
        <translation>Vis eller skjul på projektoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous step</source>
        <translation>Forrige steg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start, pause or resume timer</source>
        <translation>Start tidtakeren / pause / fortsett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One more minute</source>
        <translation>Ett minutt til</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five more minutes</source>
        <translation>Fem minutter til</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit board</source>
        <translation>Tilpass tavla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New action from the notes…</source>
        <translation>Nytt tiltak fra lappene&#xa0;…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as story</source>
        <translation>Merk som historie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type in notes from paper</source>
        <translation>Skriv inn lapper fra papir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n lapp</numerusform>
            <numerusform>%n lapper</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 notes</source>
        <translation>%1 av %2 lapper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation>Lagret kl. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dot voting: click a note to add a vote, Shift+click removes one</source>
        <translation>Prikkstemming: klikk på en lapp for å gi en stemme, Shift+klikk fjerner en</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – Ctrl+Z undoes</source>
        <translation>%1 – Ctrl+Z angrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: %1</source>
        <translation>Angret: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Verksted</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/commands/sessions.py" line="+105"/>
        <source>Finish the session</source>
        <translation>Avslutt økta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the session</source>
        <translation>Gjenåpne økta</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location line="-16"/>
        <source>Change the session&apos;s details</source>
        <translation>Endre opplysningene om økta</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/session_details.py" line="-267"/>
        <source>Session details</source>
        <translation>Opplysninger om økta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dated</source>
        <translation>&amp;Datert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Boo&amp;ked hours</source>
        <translation>&amp;Avtalt tid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked from</source>
        <translation>Avtalt fra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booked until</source>
        <translation>Avtalt til</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitators, separated by commas</source>
        <translation>Prosessledere, skilt med komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Navn, skilt med komma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive reference</source>
        <translation>Arkivreferanse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned participants by group</source>
        <translation>Planlagte deltakere per gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add group</source>
        <translation>&amp;Legg til gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move group</source>
        <translation>&amp;Fjern gruppe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te:</source>
        <translation>Da&amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>T&amp;id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fac&amp;ilitators:</source>
        <translation>&amp;Prosessledere:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;rchive reference:</source>
        <translation>A&amp;rkivreferanse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participa&amp;nts:</source>
        <translation>Delta&amp;kere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finished %1 at %2</source>
        <translation>Avsluttet %1 kl. %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A group&apos;s name is too long.</source>
        <translation>Navnet på en gruppe er for langt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group “%1” is listed twice.</source>
        <translation>Gruppen «%1» står to ganger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number planned for “%1” must be 0 to %2.</source>
        <translation>Planlagt antall for «%1» må være 0 til %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The session needs a title.</source>
        <translation>Økta trenger en tittel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end time must be after the start time.</source>
        <translation>Sluttiden må være etter starttiden.</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../../workshop/ui/session_files.py" line="+73"/>
        <source>Verksted sessions (*.verksted)</source>
        <translation>Verksted-økter (*.verksted)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+2"/>
        <source>The session was not exported</source>
        <translation>Økta ble ikke eksportert</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Export session</source>
        <translation>Eksporter økt</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Import session</source>
        <translation>Importer økt</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/app.py" line="+128"/>
        <location filename="../../workshop/ui/session_files.py" line="-16"/>
        <location line="+3"/>
        <location line="+28"/>
        <location line="+3"/>
        <source>The session was not imported</source>
        <translation>Økta ble ikke importert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session imported</source>
        <translation>Økta er importert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is in the library. The open Verksted window shows it when you switch to it.</source>
        <translation>«%1» er i biblioteket. Det åpne Verksted-vinduet viser den når du går over til det.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/session_files.py" line="-26"/>
        <source>Nothing to import</source>
        <translation>Ingenting å importere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is already up to date in this library; nothing was changed.</source>
        <translation>«%1» er allerede oppdatert i dette arkivet; ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import “%1” from %2?</source>
        <translation>Vil du importere «%1» fra %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A new session in this library.</source>
        <translation>En ny økt i dette arkivet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session is already here; the file is merged into it.</source>
        <translation>Økta finnes allerede her; filen flettes inn i den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Lapper: %1 nye, %2 endret, %3 uendret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps, clusters, tags, actions and more: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Steg, klynger, koblinger, tiltak med mer: %1 nye, %2 endret, %3 uendret.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n note(s) will have a text conflict to resolve afterwards.</source>
        <translation>
            <numerusform>%n lapp får en tekstkonflikt som må løses etterpå.</numerusform>
            <numerusform>%n lapper får en tekstkonflikt som må løses etterpå.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No text conflicts.</source>
        <translation>Ingen tekstkonflikter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted for good</source>
        <translation>Slettet for godt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session “%1” was deleted for good here on %2.</source>
        <translation>Økta «%1» ble slettet for godt her %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import it from the file anyway? It comes back as it is in the file, and it will be in the automatic backups again.</source>
        <translation>Vil du likevel importere den fra filen? Den kommer tilbake slik den er i filen, og den blir med i de automatiske sikkerhetskopiene igjen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bring it back</source>
        <translation>&amp;Hent den tilbake</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../workshop/ui/session_model.py" line="+23"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Lapper</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>minutes approved</source>
        <translation>referat godkjent</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The minutes are approved: the session is locked</source>
        <translation>Referatet er godkjent: økten er låst</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../workshop/ui/commands/sessions.py" line="-48"/>
        <source>Delete “%1”</source>
        <translation>Slett «%1»</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/sessions_page.py" line="+87"/>
        <location line="+25"/>
        <source>Sessions</source>
        <translation>Økter</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Opening the library…</source>
        <translation>Åpner arkivet&#xa0;…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search title, type or place</source>
        <translation>Søk i tittel, type eller sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sessions</source>
        <translation>Søk i øktene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by type</source>
        <translation>Filtrer etter type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by year</source>
        <translation>Filtrer etter år</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;New session…</source>
        <translation>&amp;Ny økt&#xa0;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Gjennomfør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate as new plan</source>
        <translation>&amp;Dupliser som ny plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Slett&#xa0;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the demo session</source>
        <translation>Lag demo-økta</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n økt</numerusform>
            <numerusform>%n økter</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>No sessions yet. Create one, or the demo session to look around.</source>
        <translation>Ingen økter ennå. Lag en, eller lag demo-økta for å se deg rundt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 sessions</source>
        <translation>%1 av %2 økter</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+167"/>
        <source>Delete session</source>
        <translation>Slett økt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete “%1” with its %n note(s)? You can undo this (Ctrl+Z) until Verksted closes; then it is deleted for good.</source>
        <translation>
            <numerusform>Vil du slette «%1» med %n lapp? Du kan angre (Ctrl+Z) til Verksted lukkes; da er økta slettet for godt.</numerusform>
            <numerusform>Vil du slette «%1» med %n lapper? Du kan angre (Ctrl+Z) til Verksted lukkes; da er økta slettet for godt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Verksted</source>
        <translation>Verksted</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../workshop/ui/settings.py" line="+91"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size</source>
        <translation>Skriftstørrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default framework file</source>
        <translation>Standard rammeverksfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default participant groups</source>
        <translation>Standard deltakergrupper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window geometry</source>
        <translation>Vindusstørrelse og -plassering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window state</source>
        <translation>Vindustilstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splitter positions</source>
        <translation>Plassering av skillelinjer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for session files</source>
        <translation>Mappe for øktfiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting started shown</source>
        <translation>«Kom i gang» er vist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync when Verksted opens and closes</source>
        <translation>Synkroniser når Verksted åpnes og lukkes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workshop/ui/settings_dialog.py" line="+30"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Samme som systemet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Font size</source>
        <translation>Skriftstørrelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System size</source>
        <translation>Systemets størrelse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default framework file</source>
        <translation>Standard rammeverksfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built in: Innovasjonsplakaten – Gran kommune</source>
        <translation>Innebygd: Innovasjonsplakaten – Gran kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Velg&#xa0;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Choose a framework file</source>
        <translation>Velg en rammeverksfil</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Default participant groups</source>
        <translation>Standard deltakergrupper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate the groups with commas</source>
        <translation>Skill deltakergruppene med komma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address of the team library on the municipality&apos;s PostgreSQL server. The password is not stored here: it comes from ~/.pgpass, or is asked for.</source>
        <translation>Adressen til teamarkivet på kommunens PostgreSQL-server. Passordet lagres ikke her: det hentes fra ~/.pgpass eller blir spurt om.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync when Verksted &amp;opens and closes</source>
        <translation>Synkroniser når Verksted &amp;åpnes og lukkes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font size:</source>
        <translation>S&amp;kriftstørrelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;framework:</source>
        <translation>Standard &amp;rammeverk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default participant &amp;groups:</source>
        <translation>Standard &amp;deltakergrupper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team server:</source>
        <translation>&amp;Teamserver:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Framework files (*.toml)</source>
        <translation>Rammeverksfiler (*.toml)</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../workshop/ui/run/step_panel.py" line="+123"/>
        <source>Present:</source>
        <translation>Til stede:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Forrige steg (Alt+Left)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Start, pause or resume the timer (Ctrl+T)</source>
        <translation>Start, sett på pause eller fortsett tidtakeren (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more minute (Ctrl+M)</source>
        <translation>Ett minutt til (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Five more minutes (Ctrl+Shift+M)</source>
        <translation>Fem minutter til (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>Next step (Alt+Right)</source>
        <translation>Neste steg (Alt+Right)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+1 min (Ctrl+M), +5 min (Ctrl+Shift+M) or the next step (Alt+Right)</source>
        <translation>+1 min (Ctrl+M), +5 min (Ctrl+Shift+M) eller neste steg (Alt+Right)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For you: %1</source>
        <translation>Til deg: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finished ✓</source>
        <translation>Avsluttet ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is finished (Session → Reopen)</source>
        <translation>Økta er avsluttet (Økt → Gjenåpne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish ✓</source>
        <translation>Avslutt ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last step: finish the session (Alt+Right)</source>
        <translation>Siste steg: avslutt økta (Alt+Right)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Participants present: %1</source>
        <translation>Deltakere til stede: %1</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../workshop/ui/new_session/template_page.py" line="+37"/>
        <source>Choose a template</source>
        <translation>Velg en mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template gives the session its agenda. You can change the agenda later.</source>
        <translation>Malen gir økta en agenda. Du kan endre agendaen senere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the selected template</source>
        <translation>Om den valgte malen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Templates</source>
        <translation>&amp;Maler</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a template to see its purpose and agenda.</source>
        <translation>Velg en mal for å se formålet og agendaen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>open</source>
        <translation>åpent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total time: %1, not counting the open steps</source>
        <translation>Samlet tid: %1, uten de åpne stegene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time: %1</source>
        <translation>Samlet tid: %1</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../../workshop/ui/run/step_panel.py" line="-188"/>
        <source>Step timer</source>
        <translation>Tidtaker for steget</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paused: %1</source>
        <translation>Pause: %1</translation>
    </message>
</context>
<context>
    <name>TypeInBar</name>
    <message>
        <location filename="../../workshop/ui/run/type_in.py" line="-46"/>
        <source>From paper</source>
        <translation>Fra papir</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Type in notes from paper for one step (%1)</source>
        <translation>Skriv inn lapper fra papir til ett steg (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type-in mode for notes from paper</source>
        <translation>Innskriving av lapper fra papir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To step:</source>
        <translation>Til steg:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step the typed-in notes go to</source>
        <translation>Steget de innskrevne lappene går til</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n note(s) typed in from paper</source>
        <translation>
            <numerusform>%n lapp skrevet inn fra papir</numerusform>
            <numerusform>%n lapper skrevet inn fra papir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
</context>
</TS>
