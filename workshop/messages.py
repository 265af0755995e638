"""Catalogue of every message outside the GUI, in bokmål (nb), nynorsk (nn) and English (en).

One entry per message: its key, then the text in each language side by side, with the same
``{placeholders}``. A new message gets all three (``tests/unit/test_i18n.py`` lists what is
missing); write nynorsk with the same words as the rest of the catalogue (økt, lapp, innspel,
steg, tiltak, deltakar, klynge, tryggingskopi …).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- framework and template files ---
    "file_invalid": {
        "nb": "{file}: feil i {where}: {problem}",
        "nn": "{file}: feil i {where}: {problem}",
        "en": "{file}: error in {where}: {problem}",
    },
    "file_not_found": {
        "nb": "Finner ikke filen {file}",
        "nn": "Finn ikkje fila {file}",
        "en": "File not found: {file}",
    },
    "file_not_utf8": {
        "nb": "{file}: filen er ikke lagret som UTF-8",
        "nn": "{file}: fila er ikkje lagra som UTF-8",
        "en": "{file}: the file is not saved as UTF-8",
    },
    "file_not_toml": {
        "nb": "{file}: ikke gyldig TOML ({detail})",
        "nn": "{file}: ikkje gyldig TOML ({detail})",
        "en": "{file}: not valid TOML ({detail})",
    },
    "file_unreadable": {
        "nb": "Kan ikke lese {file}: {detail}",
        "nn": "Kan ikkje lese {file}: {detail}",
        "en": "Cannot read {file}: {detail}",
    },
    "file_is_folder": {
        "nb": "Kan ikke lese {file}: det er en mappe, ikke en fil",
        "nn": "Kan ikkje lese {file}: det er ei mappe, ikkje ei fil",
        "en": "Cannot read {file}: it is a folder, not a file",
    },
    "file_too_large": {
        "nb": "Kan ikke lese {file}: filen er for stor (over {limit} MB)",
        "nn": "Kan ikkje lese {file}: fila er for stor (over {limit} MB)",
        "en": "Cannot read {file}: the file is too large (over {limit} MB)",
    },
    "file_not_regular": {
        "nb": "Kan ikke lese {file}: ikke en vanlig fil, men en enhet, et rør eller en sokkel",
        "nn": "Kan ikkje lese {file}: ikkje ei vanleg fil, men ei eining, eit røyr eller ein "
        "sokkel",
        "en": "Cannot read {file}: not an ordinary file but a device, a pipe or a socket",
    },
    "problem_missing": {
        "nb": "«{key}» mangler",
        "nn": "«{key}» manglar",
        "en": "“{key}” is missing",
    },
    "problem_type": {
        "nb": "«{key}» har feil type (ventet {expected})",
        "nn": "«{key}» har feil type (venta {expected})",
        "en": "“{key}” has the wrong type (expected {expected})",
    },
    "problem_empty": {
        "nb": "«{key}» er tom",
        "nn": "«{key}» er tom",
        "en": "“{key}” is empty",
    },
    "problem_list_of_text": {
        "nb": "ventet en liste med tekster",
        "nn": "venta ei liste med tekstar",
        "en": "expected a list of texts",
    },
    "problem_lengths_differ": {
        "nb": "listene har ulik lengde på de ulike språkene",
        "nn": "listene har ulik lengd på dei ulike språka",
        "en": "the lists differ in length between the languages",
    },
    "problem_number": {
        "nb": "«{key}» må være et heltall fra 1 til {limit}, ikke {value}",
        "nn": "«{key}» må vere eit heiltal frå 1 til {limit}, ikkje {value}",
        "en": "“{key}” must be a whole number from 1 to {limit}, not {value}",
    },
    "problem_too_long": {
        "nb": "«{key}» er lengre enn {limit} tegn",
        "nn": "«{key}» er lengre enn {limit} teikn",
        "en": "“{key}” is longer than {limit} characters",
    },
    "problem_too_many": {
        "nb": "«{key}» har flere enn {limit}",
        "nn": "«{key}» har fleire enn {limit}",
        "en": "“{key}” has more than {limit}",
    },
    "problem_votes": {
        "nb": "«votes» må være et heltall fra 1 til {limit}, ikke {value}",
        "nn": "«votes» må vere eit heiltal frå 1 til {limit}, ikkje {value}",
        "en": "“votes” must be a whole number from 1 to {limit}, not {value}",
    },
    "problem_duplicate": {
        "nb": "«{key}» = {value} finnes fra før",
        "nn": "«{key}» = {value} finst frå før",
        "en": "“{key}” = {value} appears twice",
    },
    "problem_unknown_principle": {
        "nb": "viser til et prinsipp som ikke finnes: {value}",
        "nn": "viser til eit prinsipp som ikkje finst: {value}",
        "en": "refers to a principle that does not exist: {value}",
    },
    "problem_step_kind": {
        "nb": "ukjent stegtype «{value}» (gyldige: {kinds})",
        "nn": "ukjend stegtype «{value}» (gyldige: {kinds})",
        "en": "unknown step kind “{value}” (valid: {kinds})",
    },
    "problem_minutes": {
        "nb": "minutter må være mellom 0 og 1440, ikke {value}",
        "nn": "talet på minutt må vere mellom 0 og 1440, ikkje {value}",
        "en": "minutes must be between 0 and 1440, not {value}",
    },
    "template_not_found": {
        "nb": "Ukjent mal «{template}». Tilgjengelige: {known}",
        "nn": "Ukjend mal «{template}». Tilgjengelege: {known}",
        "en": "Unknown template “{template}”. Available: {known}",
    },
    # --- library ---
    "library_not_a_file": {
        "nb": "{path} er en mappe, ikke en Verksted-fil",
        "nn": "{path} er ei mappe, ikkje ei Verksted-fil",
        "en": "{path} is a folder, not a Verksted file",
    },
    "library_not_regular": {
        "nb": "{path} er ikke en vanlig fil (en enhet, en FIFO eller en sokkel); velg en fil "
        "for arkivet",
        "nn": "{path} er ikkje ei vanleg fil (ei eining, ein FIFO eller ein sokkel); vel ei fil "
        "for arkivet",
        "en": "{path} is not a regular file (a device, a FIFO or a socket); choose a file for "
        "the library",
    },
    "library_busy_waiting": {
        "nb": "Arkivet er i bruk – venter …",
        "nn": "Arkivet er i bruk – ventar …",
        "en": "The library is in use – waiting …",
    },
    "library_busy": {
        "nb": "{path} er fortsatt i bruk av et annet program etter {seconds} s; ingenting er "
        "endret. Prøv igjen når det er ferdig",
        "nn": "{path} er framleis i bruk av eit anna program etter {seconds} s; ingenting er "
        "endra. Prøv igjen når det er ferdig",
        "en": "{path} is still in use by another program after {seconds} s; nothing was "
        "changed. Try again when it is done",
    },
    "backup_failed": {
        "nb": "Advarsel: dagens sikkerhetskopi kunne ikke lages i {folder} ({detail}); "
        "arkivet er som før, og arbeidet kan fortsette",
        "nn": "Åtvaring: dagens tryggingskopi kunne ikkje lagast i {folder} ({detail}); "
        "arkivet er som før, og arbeidet kan halde fram",
        "en": "Warning: today's backup could not be made in {folder} ({detail}); the library "
        "is as it was, and work can go on",
    },
    "library_read_only_mount": {
        "nb": "{path} ligger på en skrivebeskyttet disk eller montering; Verksted kan ikke lagre "
        "der. Filen er ikke endret. Kopier den til en mappe du kan skrive i",
        "nn": "{path} ligg på ein skriveverna disk eller montering; Verksted kan ikkje lagre "
        "der. Fila er ikkje endra. Kopier ho til ei mappe du kan skrive i",
        "en": "{path} is on a read-only disk or mount; Verksted cannot save there. The file was "
        "not changed. Copy it to a folder you can write to",
    },
    "library_read_only_file": {
        "nb": "{path} er skrivebeskyttet (filrettigheter); filen er ikke endret. Gi deg "
        "skriverett til den (chmod u+w) eller bruk en kopi",
        "nn": "{path} er skriveverna (filrettar); fila er ikkje endra. Gi deg skriverett til ho "
        "(chmod u+w) eller bruk ein kopi",
        "en": "{path} is read-only (file permissions); the file was not changed. Give yourself "
        "write permission (chmod u+w) or use a copy",
    },
    "library_read_only_folder": {
        "nb": "Kan ikke skrive i mappen {folder}, der {path} ligger; Verksted lager "
        "arbeidsfiler ved siden av arkivet. Ingenting er endret",
        "nn": "Kan ikkje skrive i mappa {folder}, der {path} ligg; Verksted lagar arbeidsfiler "
        "ved sida av arkivet. Ingenting er endra",
        "en": "Cannot write in the folder {folder} that holds {path}; Verksted keeps working "
        "files beside the library. Nothing was changed",
    },
    "library_unreadable": {
        "nb": "Kan ikke åpne {path}: {detail}",
        "nn": "Kan ikkje opne {path}: {detail}",
        "en": "Cannot open {path}: {detail}",
    },
    "library_not_verksted": {
        "nb": "{path} er ikke et Verksted-arkiv; filen er ikke endret",
        "nn": "{path} er ikkje eit Verksted-arkiv; fila er ikkje endra",
        "en": "{path} is not a Verksted library; the file was not changed",
    },
    "library_corrupt": {
        "nb": "{path} er skadet ({detail}); filen er ikke endret. "
        "Gjenopprett fra en sikkerhetskopi",
        "nn": "{path} er skadd ({detail}); fila er ikkje endra. Gjenopprett frå ein tryggingskopi",
        "en": "{path} is damaged ({detail}); the file was not changed. Restore from a backup",
    },
    "library_too_new": {
        "nb": "{path} er laget av en nyere versjon av Verksted (skjema {revision}); "
        "oppdater programmet. Filen er ikke endret",
        "nn": "{path} er laga av ein nyare versjon av Verksted (skjema {revision}); oppdater "
        "programmet. Fila er ikkje endra",
        "en": "{path} was written by a newer version of Verksted (schema {revision}); "
        "please update. The file was not changed",
    },
    "library_upgrade_failed": {
        "nb": "Kunne ikke oppgradere {path} ({detail}); filen er som før, og en kopi ligger "
        "blant sikkerhetskopiene",
        "nn": "Kunne ikkje oppgradere {path} ({detail}); fila er som før, og ein kopi ligg "
        "blant tryggingskopiane",
        "en": "Could not upgrade {path} ({detail}); the file is as it was, and a copy is among "
        "the backups",
    },
    "library_missing": {
        "nb": "Finner ikke {path}",
        "nn": "Finn ikkje {path}",
        "en": "{path} does not exist",
    },
    # --- the team library on a server (PostgreSQL) ---
    "library_url_scheme": {
        "nb": "«{scheme}://» er ikke en adresse Verksted kan bruke; et teamarkiv har en adresse "
        "som begynner med postgresql://",
        "nn": "«{scheme}://» er ikkje ei adresse Verksted kan bruke; eit teamarkiv har ei adresse "
        "som byrjar med postgresql://",
        "en": "“{scheme}://” is not an address Verksted can use; a team library's address "
        "starts with postgresql://",
    },
    "library_is_server": {
        "nb": "{url} er teamarkivet på en server; sikkerhetskopier tar serveren selv",
        "nn": "{url} er teamarkivet på ein server; tryggingskopiar tek serveren sjølv",
        "en": "{url} is the team library on a server; the server keeps its own backups",
    },
    "server_unreachable": {
        "nb": "Får ikke kontakt med teamserveren {url} ({detail})",
        "nn": "Får ikkje kontakt med teamserveren {url} ({detail})",
        "en": "Cannot reach the team server {url} ({detail})",
    },
    "server_auth_failed": {
        "nb": "Teamserveren {url} godtok ikke brukernavnet eller passordet (se ~/.pgpass eller "
        "PGPASSWORD)",
        "nn": "Teamserveren {url} godtok ikkje brukarnamnet eller passordet (sjå ~/.pgpass eller "
        "PGPASSWORD)",
        "en": "The team server {url} did not accept the user name or password (see ~/.pgpass "
        "or PGPASSWORD)",
    },
    "server_refused": {
        "nb": "Teamserveren {url} avviste tilkoblingen ({detail})",
        "nn": "Teamserveren {url} avviste tilkoplinga ({detail})",
        "en": "The team server {url} refused the connection ({detail})",
    },
    "server_no_database": {
        "nb": "Databasen i {url} finnes ikke på serveren; be den som driver serveren om å lage den",
        "nn": "Databasen i {url} finst ikkje på serveren; be den som driv serveren om å lage han",
        "en": "The database in {url} does not exist on the server; ask whoever runs the server "
        "to create it",
    },
    "server_permission": {
        "nb": "Teamserveren {url} gir ikke denne brukeren lov til dette ({detail})",
        "nn": "Teamserveren {url} gir ikkje denne brukaren lov til dette ({detail})",
        "en": "The team server {url} does not allow this user to do that ({detail})",
    },
    "server_connection_lost": {
        "nb": "Forbindelsen til teamserveren {url} ble brutt; økten som ble flettet er som før "
        "på serveren. Synkroniser igjen",
        "nn": "Sambandet til teamserveren {url} vart broten; økta som vart fletta er som før på "
        "serveren. Synkroniser igjen",
        "en": "The connection to the team server {url} was lost; the session being merged is "
        "as it was on the server. Sync again",
    },
    "server_error": {
        "nb": "Teamserveren {url} svarte med en feil: {detail}",
        "nn": "Teamserveren {url} svarte med ein feil: {detail}",
        "en": "The team server {url} answered with an error: {detail}",
    },
    "server_not_verksted": {
        "nb": "Databasen på teamserveren har tabeller som ikke er et Verksted-arkiv; ingenting er "
        "endret",
        "nn": "Databasen på teamserveren har tabellar som ikkje er eit Verksted-arkiv; ingenting "
        "er endra",
        "en": "The database on the team server has tables that are not a Verksted library; "
        "nothing was changed",
    },
    "server_too_new": {
        "nb": "Teamarkivet på {url} er laget av en nyere versjon av Verksted (skjema "
        "{revision}); oppdater Verksted på denne maskinen før du synkroniserer",
        "nn": "Teamarkivet på {url} er laga av ein nyare versjon av Verksted (skjema "
        "{revision}); oppdater Verksted på denne maskina før du synkroniserer",
        "en": "The team library on {url} was written by a newer version of Verksted (schema "
        "{revision}); update Verksted on this computer before you sync",
    },
    "server_changed_schema": {
        "nb": "Teamarkivet på {url} ble oppgradert mens det var åpent; oppdater Verksted og "
        "prøv igjen",
        "nn": "Teamarkivet på {url} vart oppgradert medan det var ope; oppdater Verksted og prøv "
        "igjen",
        "en": "The team library on {url} was upgraded while it was open; update Verksted and "
        "try again",
    },
    "server_empty": {
        "nb": "Teamarkivet på {url} er tomt",
        "nn": "Teamarkivet på {url} er tomt",
        "en": "The team library on {url} is empty",
    },
    "sync_no_team": {
        "nb": "Ingen teamserver er valgt; bruk --team postgresql://bruker@server/verksted",
        "nn": "Ingen teamserver er vald; bruk --team postgresql://brukar@server/verksted",
        "en": "No team server chosen; use --team postgresql://user@server/verksted",
    },
    "sync_not_a_server": {
        "nb": "«{url}» er ikke en teamserver; oppgi en adresse som begynner med postgresql://",
        "nn": "«{url}» er ikkje ein teamserver; oppgi ei adresse som byrjar med postgresql://",
        "en": "“{url}” is not a team server; give an address that starts with postgresql://",
    },
    "sync_same_library": {
        "nb": "Arkivet og teamarkivet er det samme; synkroniser et arkiv på denne maskinen",
        "nn": "Arkivet og teamarkivet er det same; synkroniser eit arkiv på denne maskina",
        "en": "The library and the team library are the same; sync a library on this computer",
    },
    "sync_session_failed": {
        "nb": "Økten «{title}» ble ikke synkronisert: {detail}",
        "nn": "Økta «{title}» vart ikkje synkronisert: {detail}",
        "en": "The session “{title}” was not synced: {detail}",
    },
    "sync_summary": {
        "nb": "Synkronisert med {url} – økter sendt: {sent}, mottatt: {received}, slettet for "
        "godt: {purged}, tekstkonflikter: {conflicts}",
        "nn": "Synkronisert med {url} – økter sende: {sent}, mottekne: {received}, sletta for "
        "godt: {purged}, tekstkonfliktar: {conflicts}",
        "en": "Synced with {url} – sessions sent: {sent}, received: {received}, deleted for "
        "good: {purged}, text conflicts: {conflicts}",
    },
    "cli_help_sync": {
        "nb": "synkroniser arkivet med teamarkivet på kommunens server (PostgreSQL)",
        "nn": "synkroniser arkivet med teamarkivet på serveren til kommunen (PostgreSQL)",
        "en": "sync the library with the team library on the municipality's server (PostgreSQL)",
    },
    "cli_help_team": {
        "nb": "teamserverens adresse, postgresql://bruker@server/database (passordet fra "
        "~/.pgpass eller PGPASSWORD); husket uten passord til neste gang",
        "nn": "adressa til teamserveren, postgresql://brukar@server/database (passordet frå "
        "~/.pgpass eller PGPASSWORD); hugsa utan passord til neste gong",
        "en": "the team server's address, postgresql://user@server/database (the password from "
        "~/.pgpass or PGPASSWORD); remembered without the password for next time",
    },
    "backup_not_found": {
        "nb": "Finner ingen sikkerhetskopi som heter «{name}» (se «workshop backups»)",
        "nn": "Finn ingen tryggingskopi som heiter «{name}» (sjå «workshop backups»)",
        "en": "No backup named “{name}” (see “workshop backups”)",
    },
    "backup_other_version": {
        "nb": "{path} er fra en annen versjon av Verksted og kan ikke gjenopprettes her",
        "nn": "{path} er frå ein annan versjon av Verksted og kan ikkje gjenopprettast her",
        "en": "{path} is from another version of Verksted and cannot be restored here",
    },
    "backup_daily": {
        "nb": "daglig",
        "nn": "dagleg",
        "en": "daily",
    },
    "backup_pre_upgrade": {
        "nb": "før oppgradering",
        "nn": "før oppgradering",
        "en": "before upgrade",
    },
    "backup_pre_restore": {
        "nb": "før gjenoppretting",
        "nn": "før gjenoppretting",
        "en": "before restore",
    },
    # --- sessions and notes ---
    "title_empty": {
        "nb": "Tittelen kan ikke være tom",
        "nn": "Tittelen kan ikkje vere tom",
        "en": "The title cannot be empty",
    },
    "title_too_long": {
        "nb": "Tittelen kan ha høyst {limit} tegn",
        "nn": "Tittelen kan ha høgst {limit} teikn",
        "en": "The title can have at most {limit} characters",
    },
    "participants_bad": {
        "nb": "Ugyldig antall deltakere «{value}» (bruk GRUPPE=ANTALL)",
        "nn": "Ugyldig tal på deltakarar «{value}» (bruk GRUPPE=TAL)",
        "en": "Invalid participant count “{value}” (use GROUP=NUMBER)",
    },
    "language_bad": {
        "nb": "Ukjent språk «{value}» (gyldige: {known})",
        "nn": "Ukjend språk «{value}» (gyldige: {known})",
        "en": "Unknown language “{value}” (valid: {known})",
    },
    "status_bad": {
        "nb": "Ukjent status «{value}»",
        "nn": "Ukjend status «{value}»",
        "en": "Unknown status “{value}”",
    },
    "status_planned": {
        "nb": "planlagt",
        "nn": "planlagt",
        "en": "planned",
    },
    "status_running": {
        "nb": "pågår",
        "nn": "pågår",
        "en": "running",
    },
    "status_finished": {
        "nb": "avsluttet",
        "nn": "avslutta",
        "en": "finished",
    },
    "session_not_found": {
        "nb": "Finner ingen økt «{ref}»",
        "nn": "Finn inga økt «{ref}»",
        "en": "No session “{ref}”",
    },
    "ref_too_short": {
        "nb": "«{ref}» er for kort; bruk minst {min} tegn av id-en",
        "nn": "«{ref}» er for kort; bruk minst {min} teikn av id-en",
        "en": "“{ref}” is too short; use at least {min} characters of the id",
    },
    "ref_ambiguous": {
        "nb": "«{ref}» passer på flere; skriv flere tegn av id-en",
        "nn": "«{ref}» passar på fleire; skriv fleire teikn av id-en",
        "en": "“{ref}” matches more than one; type more of the id",
    },
    "note_empty": {
        "nb": "Lappen er tom",
        "nn": "Lappen er tom",
        "en": "The note is empty",
    },
    "note_too_long": {
        "nb": "Lappen har {length} tegn; høyst {limit} er lov",
        "nn": "Lappen har {length} teikn; høgst {limit} er lov",
        "en": "The note has {length} characters; at most {limit} are allowed",
    },
    "note_deleted": {
        "nb": "Lappen {ref} er slettet; gjenopprett den først",
        "nn": "Lappen {ref} er sletta; gjenopprett han først",
        "en": "Note {ref} is deleted; restore it first",
    },
    "note_not_found": {
        "nb": "Finner ingen lapp «{ref}»",
        "nn": "Finn ingen lapp «{ref}»",
        "en": "No note “{ref}”",
    },
    "principle_unknown": {
        "nb": "Prinsipp {value} finnes ikke (gyldige: {known})",
        "nn": "Prinsipp {value} finst ikkje (gyldige: {known})",
        "en": "Principle {value} does not exist (valid: {known})",
    },
    "focus_area_unknown": {
        "nb": "Fokusområdet «{value}» finnes ikke (gyldige: {known})",
        "nn": "Fokusområdet «{value}» finst ikkje (gyldige: {known})",
        "en": "Focus area “{value}” does not exist (valid: {known})",
    },
    "step_unknown": {
        "nb": "Steg {value} finnes ikke; økta har {count} steg",
        "nn": "Steg {value} finst ikkje; økta har {count} steg",
        "en": "Step {value} does not exist; the session has {count} steps",
    },
    "colour_unknown": {
        "nb": "Ukjent farge «{value}» (gyldige: {known})",
        "nn": "Ukjend farge «{value}» (gyldige: {known})",
        "en": "Unknown colour “{value}” (valid: {known})",
    },
    "group_too_long": {
        "nb": "Gruppenavnet kan ha høyst {limit} tegn",
        "nn": "Gruppenamnet kan ha høgst {limit} teikn",
        "en": "The group name can have at most {limit} characters",
    },
    "feedback_unknown": {
        "nb": "Ukjent tilbakemelding «{value}»; bruk {known}",
        "nn": "Ukjend tilbakemelding «{value}»; bruk {known}",
        "en": "Unknown feedback “{value}”; use {known}",
    },
    "booking_no_start": {
        "nb": "Avtalt sluttid krever en starttid",
        "nn": "Avtalt sluttid krev ei starttid",
        "en": "A booked end time needs a start time",
    },
    "booking_empty": {
        "nb": "Avtalt start- og sluttid kan ikke være like",
        "nn": "Avtalt start- og sluttid kan ikkje vere like",
        "en": "The booked start and end time cannot be the same",
    },
    "step_kind_bad": {
        "nb": "Ukjent stegtype «{value}» (gyldige: {known})",
        "nn": "Ukjend stegtype «{value}» (gyldige: {known})",
        "en": "Unknown step kind “{value}” (valid: {known})",
    },
    "step_minutes_bad": {
        "nb": "Minutter må være mellom 0 og {limit}, ikke {value}",
        "nn": "Talet på minutt må vere mellom 0 og {limit}, ikkje {value}",
        "en": "Minutes must be between 0 and {limit}, not {value}",
    },
    "step_last": {
        "nb": "Agendaen må ha minst ett steg",
        "nn": "Agendaen må ha minst eitt steg",
        "en": "The agenda needs at least one step",
    },
    "step_not_found": {
        "nb": "Finner ikke steget «{ref}»",
        "nn": "Finn ikkje steget «{ref}»",
        "en": "No step “{ref}”",
    },
    "cluster_name_empty": {
        "nb": "Klyngen trenger et navn",
        "nn": "Klynga treng eit namn",
        "en": "The cluster needs a name",
    },
    "cluster_not_found": {
        "nb": "Finner ingen klynge «{ref}»",
        "nn": "Finn inga klynge «{ref}»",
        "en": "No cluster “{ref}”",
    },
    "cluster_no_notes": {
        "nb": "Velg minst én lapp til klyngen",
        "nn": "Vel minst éin lapp til klynga",
        "en": "Choose at least one note for the cluster",
    },
    "lane_bad": {
        "nb": "Ingen kolonne {value} på tavla (kolonnene er nummerert fra 1)",
        "nn": "Ingen kolonne {value} på tavla (kolonnane er nummererte frå 1)",
        "en": "No lane {value} on the board (lanes are numbered from 1)",
    },
    "action_empty": {
        "nb": "Tiltaket er tomt",
        "nn": "Tiltaket er tomt",
        "en": "The action is empty",
    },
    "action_not_found": {
        "nb": "Finner ikke tiltaket «{ref}»",
        "nn": "Finn ikkje tiltaket «{ref}»",
        "en": "No action “{ref}”",
    },
    "action_status_bad": {
        "nb": "Ukjent status «{value}» (gyldige: {known})",
        "nn": "Ukjend status «{value}» (gyldige: {known})",
        "en": "Unknown status “{value}” (valid: {known})",
    },
    "action_open": {
        "nb": "åpent",
        "nn": "ope",
        "en": "open",
    },
    "action_in_progress": {
        "nb": "pågår",
        "nn": "pågår",
        "en": "in progress",
    },
    "action_done": {
        "nb": "gjennomført",
        "nn": "gjennomført",
        "en": "done",
    },
    "action_dropped": {
        "nb": "droppet",
        "nn": "droppa",
        "en": "dropped",
    },
    # --- lengths of time (GUI and documents) ---
    "duration_hours_minutes": {
        "nb": "{hours} t {minutes} min",
        "nn": "{hours} t {minutes} min",
        "en": "{hours} h {minutes} min",
    },
    "duration_hours": {"nb": "{hours} t", "nn": "{hours} t", "en": "{hours} h"},
    "duration_minutes": {"nb": "{minutes} min", "nn": "{minutes} min", "en": "{minutes} min"},
    "moment_at": {"nb": "{date} kl. {time}", "nn": "{date} kl. {time}", "en": "{date} at {time}"},
    # --- principle suggestions ---
    "principle_suggest_learned": {
        "nb": "tidligere lapper: «{word}»",
        "nn": "tidlegare lappar: «{word}»",
        "en": "earlier notes: “{word}”",
    },
    "cli_help_suggest": {
        "nb": "foreslå prinsipper for en tekst (nøkkelord og tidligere tagging i arkivet)",
        "nn": "føreslå prinsipp for ein tekst (nøkkelord og tidlegare tagging i arkivet)",
        "en": "suggest principles for a text (keywords and earlier tagging in the library)",
    },
    "cli_suggest_empty": {
        "nb": "Skriv teksten det skal foreslås prinsipper for",
        "nn": "Skriv teksten det skal føreslåast prinsipp for",
        "en": "Give the text to suggest principles for",
    },
    "cli_no_suggestions": {
        "nb": "Ingen forslag: teksten ligner ikke på noe prinsipp.",
        "nn": "Ingen forslag: teksten liknar ikkje på noko prinsipp.",
        "en": "No suggestions: the text does not resemble any principle.",
    },
    # --- actions (follow-up) ---
    "action_too_long": {
        "nb": "Tiltaket har {length} tegn; høyst {limit} er lov",
        "nn": "Tiltaket har {length} teikn; høgst {limit} er lov",
        "en": "The action has {length} characters; at most {limit} are allowed",
    },
    "action_owner_too_long": {
        "nb": "Navnet på den ansvarlige kan ha høyst {limit} tegn",
        "nn": "Namnet på den ansvarlege kan ha høgst {limit} teikn",
        "en": "The owner's name can have at most {limit} characters",
    },
    "action_comment_too_long": {
        "nb": "Kommentaren kan ha høyst {limit} tegn",
        "nn": "Kommentaren kan ha høgst {limit} teikn",
        "en": "The comment can have at most {limit} characters",
    },
    "action_due_bad": {
        "nb": "Ugyldig frist «{value}» (bruk ÅÅÅÅ-MM-DD)",
        "nn": "Ugyldig frist «{value}» (bruk ÅÅÅÅ-MM-DD)",
        "en": "Invalid due date “{value}” (use YYYY-MM-DD)",
    },
    "action_overdue": {
        "nb": "forfalt",
        "nn": "over fristen",
        "en": "overdue",
    },
    "cli_help_action": {
        "nb": "lag eller endre et tiltak (add, set)",
        "nn": "lag eller endre eit tiltak (add, set)",
        "en": "create or change an action (add, set)",
    },
    "cli_help_action_add": {
        "nb": "lag et tiltak i en økt og skriv id-en",
        "nn": "lag eit tiltak i ei økt og skriv id-en",
        "en": "create an action in a session and print its id",
    },
    "cli_help_action_set": {
        "nb": "endre status, kommentar, ansvarlig eller frist for et tiltak",
        "nn": "endre status, kommentar, ansvarleg eller frist for eit tiltak",
        "en": "change an action's status, comment, owner or due date",
    },
    "cli_help_owner": {
        "nb": "hvem som er ansvarlig",
        "nn": "kven som er ansvarleg",
        "en": "who is responsible",
    },
    "cli_help_owner_filter": {
        "nb": "bare tiltak der ansvarlig inneholder denne teksten",
        "nn": "berre tiltak der ansvarleg inneheld denne teksten",
        "en": "only actions whose owner contains this text",
    },
    "cli_help_due": {
        "nb": "frist (ÅÅÅÅ-MM-DD)",
        "nn": "frist (ÅÅÅÅ-MM-DD)",
        "en": "due date (YYYY-MM-DD)",
    },
    "cli_help_no_due": {
        "nb": "fjern fristen",
        "nn": "fjern fristen",
        "en": "remove the due date",
    },
    "cli_help_action_note": {
        "nb": "koble til en lapp i økta (kan gjentas)",
        "nn": "kople til ein lapp i økta (kan gjentakast)",
        "en": "link a note of the session (repeatable)",
    },
    "cli_help_action_principle": {
        "nb": "prinsipp (kan gjentas; standard: lappenes prinsipper)",
        "nn": "prinsipp (kan gjentakast; standard: prinsippa til lappane)",
        "en": "principle (repeatable; default: those of the linked notes)",
    },
    "cli_help_action_status": {
        "nb": "ny status: open, in-progress, done eller dropped",
        "nn": "ny status: open, in-progress, done eller dropped",
        "en": "new status: open, in-progress, done or dropped",
    },
    "cli_help_action_comment": {
        "nb": "kommentar, for eksempel om hvordan tiltaket ble avsluttet",
        "nn": "kommentar, til dømes om korleis tiltaket vart avslutta",
        "en": "comment, for instance on how the action was closed",
    },
    "cli_help_story": {
        "nb": "merk som innovasjonshistorie (--no-story fjerner merket)",
        "nn": "merk som innovasjonshistorie (--no-story fjernar merket)",
        "en": "mark as an innovation story (--no-story removes the mark)",
    },
    "cli_help_overdue": {
        "nb": "bare tiltak som har passert fristen og ikke er avsluttet",
        "nn": "berre tiltak som har passert fristen og ikkje er avslutta",
        "en": "only actions past their due date that are not closed",
    },
    "cli_help_session_filter": {
        "nb": "bare tiltak fra denne økta",
        "nn": "berre tiltak frå denne økta",
        "en": "only this session's actions",
    },
    "cli_action_nothing": {
        "nb": "Ingenting å endre: bruk --status, --comment, --owner, --due, --no-due eller --story",
        "nn": "Ingenting å endre: bruk --status, --comment, --owner, --due, --no-due eller --story",
        "en": "Nothing to change: use --status, --comment, --owner, --due, --no-due or --story",
    },
    "cli_no_actions": {
        "nb": "Ingen tiltak.",
        "nn": "Ingen tiltak.",
        "en": "No actions.",
    },
    # --- session evaluation (ratings 1–5, keep / change notes) ---
    "rating_invalid": {
        "nb": "Ugyldig vurdering «{value}» (bruk et helt tall fra 1 til 5)",
        "nn": "Ugyldig vurdering «{value}» (bruk eit heilt tal frå 1 til 5)",
        "en": "Invalid rating “{value}” (use a whole number from 1 to 5)",
    },
    "rating_not_found": {
        "nb": "Finner ikke vurderingen «{ref}»",
        "nn": "Finn ikkje vurderinga «{ref}»",
        "en": "No rating “{ref}”",
    },
    "rating_step_not_found": {
        "nb": "Steget «{ref}» hører ikke til økta",
        "nn": "Steget «{ref}» høyrer ikkje til økta",
        "en": "The step “{ref}” is not part of the session",
    },
    "eval_keep": {
        "nb": "Behold",
        "nn": "Behald",
        "en": "Keep",
    },
    "eval_change": {
        "nb": "Endre",
        "nn": "Endre",
        "en": "Change",
    },
    "pdf_evaluation": {
        "nb": "Evaluering av økta",
        "nn": "Evaluering av økta",
        "en": "Session evaluation",
    },
    "pdf_no_ratings": {
        "nb": "Ingen vurderinger registrert.",
        "nn": "Ingen vurderingar er registrerte.",
        "en": "No ratings recorded.",
    },
    "pdf_rating_one": {
        "nb": "1 vurdering",
        "nn": "1 vurdering",
        "en": "1 rating",
    },
    "pdf_ratings": {
        "nb": "{n} vurderinger",
        "nn": "{n} vurderingar",
        "en": "{n} ratings",
    },
    "pdf_rating_mean": {
        "nb": "Gjennomsnitt {mean} av 5",
        "nn": "Gjennomsnitt {mean} av 5",
        "en": "Mean {mean} out of 5",
    },
    "pdf_rating_scale": {
        "nb": "Deltakernes vurdering av økta på en skala fra 1 (lavest) til 5 (høyest).",
        "nn": "Korleis deltakarane vurderte økta, på ein skala frå 1 (lågast) til 5 (høgast).",
        "en": "The participants' rating of the session on a scale from 1 (lowest) to 5 (highest).",
    },
    "pdf_keep": {
        "nb": "Behold",
        "nn": "Behald",
        "en": "Keep",
    },
    "pdf_change": {
        "nb": "Endre",
        "nn": "Endre",
        "en": "Change",
    },
    "pdf_other_feedback": {
        "nb": "Andre tilbakemeldinger",
        "nn": "Andre tilbakemeldingar",
        "en": "Other feedback",
    },
    "pdf_no_feedback_notes": {
        "nb": "Ingen lapper om hva som bør beholdes eller endres.",
        "nn": "Ingen lappar om kva som bør behaldast eller endrast.",
        "en": "No notes on what to keep or change.",
    },
    "cli_help_rate": {
        "nb": "legg inn deltakernes vurderinger (1–5) av økta",
        "nn": "legg inn korleis deltakarane vurderte økta (1–5)",
        "en": "add the participants' ratings (1–5) of the session",
    },
    "cli_help_rate_step": {
        "nb": "evalueringssteget (nummer i agendaen; standard: det første)",
        "nn": "evalueringssteget (nummer i agendaen; standard: det første)",
        "en": "the evaluate step (its number in the agenda; default: the first)",
    },
    "cli_rated": {
        "nb": "Vurderinger lagt inn: {n}",
        "nn": "Vurderingar lagde inn: {n}",
        "en": "Ratings added: {n}",
    },
    # --- period overview and report ---
    "report_title": {
        "nb": "Innovasjon og medvirkning",
        "nn": "Innovasjon og medverknad",
        "en": "Innovation and participation",
    },
    "report_title_full": {
        "nb": "Innovasjon og medvirkning – rapport for perioden {period}",
        "nn": "Innovasjon og medverknad – rapport for perioden {period}",
        "en": "Innovation and participation – report for the period {period}",
    },
    "report_subtitle": {
        "nb": "Rapport for perioden {period}",
        "nn": "Rapport for perioden {period}",
        "en": "Report for the period {period}",
    },
    "report_subject": {
        "nb": "Medvirkningsverksteder og innovasjon {period}",
        "nn": "Medverknadsverkstader og innovasjon {period}",
        "en": "Participation workshops and innovation {period}",
    },
    "report_intro": {
        "nb": "Tallene gjelder økter med dato i perioden, begge datoer medregnet. De er grunnlag "
        "for kommunens årlige evaluering og for søknaden om innovasjonspris: vi måler effekt, "
        "synliggjør resultater og tar ut gevinster.",
        "nn": "Tala gjeld økter med dato i perioden, begge datoane medrekna. Dei er grunnlag "
        "for den årlege evalueringa til kommunen og for søknaden om innovasjonspris: vi måler "
        "effekt, synleggjer resultat og tek ut gevinstar.",
        "en": "The figures cover the sessions dated in the period, both dates included. They are "
        "the basis for the municipality's yearly evaluation and for the innovation prize "
        "application: we measure impact, make results visible and realise the gains.",
    },
    "report_key_figures": {
        "nb": "Nøkkeltall",
        "nn": "Nøkkeltal",
        "en": "Key figures",
    },
    "report_traceable": {
        "nb": "Hvert tall kan spores til øktene i vedlegg A, der summene er de samme som her.",
        "nn": "Kvart tal kan sporast til øktene i vedlegg A, der summane er dei same som her.",
        "en": "Every figure can be traced to the sessions in appendix A, whose totals are the "
        "same as here.",
    },
    "report_period": {
        "nb": "Periode",
        "nn": "Periode",
        "en": "Period",
    },
    "report_period_start": {
        "nb": "Fra dato",
        "nn": "Frå dato",
        "en": "From date",
    },
    "report_period_end": {
        "nb": "Til dato",
        "nn": "Til dato",
        "en": "To date",
    },
    "report_sessions": {
        "nb": "Økter",
        "nn": "Økter",
        "en": "Sessions",
    },
    "report_sessions_undated": {
        "nb": "Økter uten dato (ikke talt med)",
        "nn": "Økter utan dato (ikkje talde med)",
        "en": "Sessions without a date (not counted)",
    },
    "report_undated_note": {
        "nb": "i tillegg {n} uten dato, ikke talt med",
        "nn": "i tillegg {n} utan dato, ikkje talde med",
        "en": "plus {n} without a date, not counted",
    },
    "report_participants": {
        "nb": "Deltakere",
        "nn": "Deltakarar",
        "en": "Participants",
    },
    "report_participants_short": {
        "nb": "Delt.",
        "nn": "Delt.",
        "en": "Part.",
    },
    "report_participants_actual": {
        "nb": "Deltakere, faktisk antall",
        "nn": "Deltakarar, faktisk tal",
        "en": "Participants, actual count",
    },
    "report_participants_planned": {
        "nb": "Deltakere, planlagt antall (ikke registrert faktisk)",
        "nn": "Deltakarar, planlagt tal (faktisk tal ikkje registrert)",
        "en": "Participants, planned count (no actual recorded)",
    },
    "report_participants_split": {
        "nb": "{actual} faktisk registrert, {planned} etter planen",
        "nn": "{actual} faktisk registrerte, {planned} etter planen",
        "en": "{actual} actually recorded, {planned} as planned",
    },
    "report_inputs": {
        "nb": "Innspill",
        "nn": "Innspel",
        "en": "Inputs",
    },
    "report_inputs_unmapped": {
        "nb": "Innspill uten prinsipp",
        "nn": "Innspel utan prinsipp",
        "en": "Inputs without a principle",
    },
    "report_inputs_unmapped_n": {
        "nb": "{n} uten prinsipp",
        "nn": "{n} utan prinsipp",
        "en": "{n} without a principle",
    },
    "report_actions": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Actions",
    },
    "report_actions_overdue": {
        "nb": "Tiltak på overtid",
        "nn": "Tiltak over fristen",
        "en": "Overdue actions",
    },
    "report_overdue": {
        "nb": "Forfalt",
        "nn": "Over fristen",
        "en": "Overdue",
    },
    "report_overdue_n": {
        "nb": "{n} forfalt",
        "nn": "{n} over fristen",
        "en": "{n} overdue",
    },
    "report_ratings": {
        "nb": "Vurderinger",
        "nn": "Vurderingar",
        "en": "Ratings",
    },
    "report_ratings_short": {
        "nb": "Vurd.",
        "nn": "Vurd.",
        "en": "Rat.",
    },
    "report_rating_mean": {
        "nb": "Gjennomsnittlig evaluering",
        "nn": "Gjennomsnittleg evaluering",
        "en": "Average evaluation",
    },
    "report_mean_short": {
        "nb": "Snitt",
        "nn": "Snitt",
        "en": "Mean",
    },
    "report_rating_text": {
        "nb": "{mean} av 5 ({n} vurderinger fra {sessions} økter)",
        "nn": "{mean} av 5 ({n} vurderingar frå {sessions} økter)",
        "en": "{mean} of 5 ({n} ratings from {sessions} sessions)",
    },
    "report_rating_scale": {
        "nb": "Deltakernes vurdering av selve økta, fra 1 (svært dårlig) til 5 (svært bra).",
        "nn": "Korleis deltakarane vurderte sjølve økta, frå 1 (svært dårleg) til 5 (svært bra).",
        "en": "The participants' rating of the session itself, from 1 (very poor) to 5 "
        "(very good).",
    },
    "report_no_ratings": {
        "nb": "Ingen vurderinger i perioden",
        "nn": "Ingen vurderingar i perioden",
        "en": "No ratings in the period",
    },
    "report_stories": {
        "nb": "Innovasjonshistorier",
        "nn": "Innovasjonshistorier",
        "en": "Innovation stories",
    },
    "report_stories_short": {
        "nb": "Hist.",
        "nn": "Hist.",
        "en": "Stor.",
    },
    "report_h_sessions": {
        "nb": "Økter",
        "nn": "Økter",
        "en": "Sessions",
    },
    "report_sessions_by_month": {
        "nb": "Økter per måned",
        "nn": "Økter per månad",
        "en": "Sessions per month",
    },
    "report_sessions_by_type": {
        "nb": "Økter per type",
        "nn": "Økter per type",
        "en": "Sessions by type",
    },
    "report_no_sessions": {
        "nb": "Ingen økter med dato i perioden.",
        "nn": "Ingen økter med dato i perioden.",
        "en": "No sessions dated in the period.",
    },
    "report_h_inputs": {
        "nb": "Innspill",
        "nn": "Innspel",
        "en": "Inputs",
    },
    "report_inputs_intro": {
        "nb": "{n} innspill (slettede lapper er ikke med); diagrammet over innspill per prinsipp "
        "står på første side. Et innspill koblet til to prinsipper telles under begge. "
        "{unmapped} innspill har ikke prinsipp.",
        "nn": "{n} innspel (sletta lappar er ikkje med); diagrammet over innspel per prinsipp "
        "står på første side. Eit innspel som er kopla til to prinsipp, blir talt under begge. "
        "{unmapped} innspel har ikkje prinsipp.",
        "en": "{n} inputs (deleted notes left out); the chart of inputs per principle is on the "
        "first page. An input linked to two principles counts under both. {unmapped} inputs "
        "have no principle.",
    },
    "report_chart_focus": {
        "nb": "Innspill per fokusområde",
        "nn": "Innspel per fokusområde",
        "en": "Inputs per focus area",
    },
    "report_few_inputs": {
        "nb": "Prinsipper med få innspill",
        "nn": "Prinsipp med få innspel",
        "en": "Principles with few inputs",
    },
    "report_few_inputs_intro": {
        "nb": "Prinsippene uten innspill og de tre med færrest.",
        "nn": "Prinsippa utan innspel og dei tre med færrast.",
        "en": "The principles without inputs and the three with the fewest.",
    },
    "report_none": {
        "nb": "ingen",
        "nn": "ingen",
        "en": "none",
    },
    "report_h_participants": {
        "nb": "Deltakere",
        "nn": "Deltakarar",
        "en": "Participants",
    },
    "report_participants_intro": {
        "nb": "Faktisk antall der det er registrert for gruppa, ellers det planlagte.",
        "nn": "Faktisk tal der det er registrert for gruppa, elles det planlagde.",
        "en": "The actual count where one was recorded for the group, else the planned one.",
    },
    "report_no_participants": {
        "nb": "Ingen deltakere er registrert.",
        "nn": "Ingen deltakarar er registrerte.",
        "en": "No participants were recorded.",
    },
    "report_h_evaluation": {
        "nb": "Evaluering",
        "nn": "Evaluering",
        "en": "Evaluation",
    },
    "report_h_actions": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Actions",
    },
    "report_actions_by_status": {
        "nb": "Tiltak etter status",
        "nn": "Tiltak etter status",
        "en": "Actions by status",
    },
    "report_overdue_actions": {
        "nb": "Forfalte tiltak",
        "nn": "Tiltak over fristen",
        "en": "Overdue actions",
    },
    "report_overdue_intro": {
        "nb": "Åpne eller pågående tiltak med frist før {today}.",
        "nn": "Opne eller pågåande tiltak med frist før {today}.",
        "en": "Open or in-progress actions due before {today}.",
    },
    "report_no_overdue": {
        "nb": "Ingen tiltak har forfalt.",
        "nn": "Ingen tiltak er over fristen.",
        "en": "No action is overdue.",
    },
    "report_all_actions": {
        "nb": "Alle tiltak med status",
        "nn": "Alle tiltak med status",
        "en": "All actions with status",
    },
    "report_session_no": {
        "nb": "Økt",
        "nn": "Økt",
        "en": "Session",
    },
    "report_h_stories": {
        "nb": "Innovasjonshistorier",
        "nn": "Innovasjonshistorier",
        "en": "Innovation stories",
    },
    "report_stories_intro": {
        "nb": "Innspill og tiltak som prosessleder har merket som en historie verdt å fortelle.",
        "nn": "Innspel og tiltak som prosessleiaren har merkt som ei historie verd å fortelje.",
        "en": "Inputs and actions the facilitator marked as a story worth telling.",
    },
    "report_no_stories": {
        "nb": "Ingen innspill eller tiltak er merket som historie.",
        "nn": "Ingen innspel eller tiltak er merkte som historie.",
        "en": "No input or action is marked as a story.",
    },
    "report_session_ref": {
        "nb": "Økt {n}",
        "nn": "Økt {n}",
        "en": "Session {n}",
    },
    "report_story_note": {
        "nb": "Innspill",
        "nn": "Innspel",
        "en": "Input",
    },
    "report_appendix": {
        "nb": "Vedlegg A: øktene som er talt med",
        "nn": "Vedlegg A: øktene som er talde med",
        "en": "Appendix A: the sessions counted",
    },
    "report_appendix_intro": {
        "nb": "Hver økt med dato i perioden, nummerert i datoorden; tiltak og historier viser "
        "til numrene. Summene nederst er tallene i rapporten.",
        "nn": "Kvar økt med dato i perioden, nummerert i datoorden; tiltak og historier viser "
        "til nummera. Summane nedst er tala i rapporten.",
        "en": "Every session dated in the period, numbered in date order; actions and stories "
        "refer to the numbers. The totals at the bottom are the figures of the report.",
    },
    "report_appendix_marks": {
        "nb": "¹ planlagt antall deltakere (faktisk ikke registrert). "
        "² faktisk for noen grupper, planlagt for andre.",
        "nn": "¹ planlagt tal på deltakarar (faktisk tal ikkje registrert). ² faktisk for nokre "
        "grupper, planlagt for andre.",
        "en": "¹ planned number of participants (no actual recorded). "
        "² actual for some groups, planned for others.",
    },
    "report_total_sessions": {
        "nb": "Sum, {n} økter",
        "nn": "Sum, {n} økter",
        "en": "Total, {n} sessions",
    },
    "report_no": {
        "nb": "Nr.",
        "nn": "Nr.",
        "en": "No.",
    },
    "report_session": {
        "nb": "Økt",
        "nn": "Økt",
        "en": "Session",
    },
    "report_unmapped_short": {
        "nb": "Uten",
        "nn": "Utan",
        "en": "None",
    },
    "report_appendix_principles": {
        "nb": "Vedlegg B: innspill per prinsipp og økt",
        "nn": "Vedlegg B: innspel per prinsipp og økt",
        "en": "Appendix B: inputs per principle and session",
    },
    "report_appendix_principles_intro": {
        "nb": "Kolonnene er prinsippnumrene; «Uten» er innspill uten prinsipp. Summene er "
        "tallene i diagrammet over innspill per prinsipp.",
        "nn": "Kolonnane er prinsippnummera; «Utan» er innspel utan prinsipp. Summane er tala i "
        "diagrammet over innspel per prinsipp.",
        "en": "The columns are the principle numbers; “None” is inputs without a principle. "
        "The totals are the figures of the chart of inputs per principle.",
    },
    "report_appendix_focus": {
        "nb": "Vedlegg C: innspill per fokusområde og økt",
        "nn": "Vedlegg C: innspel per fokusområde og økt",
        "en": "Appendix C: inputs per focus area and session",
    },
    "report_appendix_focus_intro": {
        "nb": "Summene er tallene i diagrammet over innspill per fokusområde.",
        "nn": "Summane er tala i diagrammet over innspel per fokusområde.",
        "en": "The totals are the figures of the chart of inputs per focus area.",
    },
    "cli_help_report": {
        "nb": "rapport for en periode: PDF (arkivformat) eller tabellene som CSV",
        "nn": "rapport for ein periode: PDF (arkivformat) eller tabellane som CSV",
        "en": "report for a period: PDF (archive format) or the tables as CSV",
    },
    "cli_help_report_from": {
        "nb": "første dag (ÅÅÅÅ-MM-DD)",
        "nn": "første dag (ÅÅÅÅ-MM-DD)",
        "en": "first day (YYYY-MM-DD)",
    },
    "cli_help_report_to": {
        "nb": "siste dag (ÅÅÅÅ-MM-DD)",
        "nn": "siste dag (ÅÅÅÅ-MM-DD)",
        "en": "last day (YYYY-MM-DD)",
    },
    "cli_help_report_csv": {
        "nb": "mappe for én CSV-fil per tabell",
        "nn": "mappe for éi CSV-fil per tabell",
        "en": "folder for one CSV file per table",
    },
    "cli_report_period_bad": {
        "nb": "--from {start} er etter --to {end}",
        "nn": "--from {start} er etter --to {end}",
        "en": "--from {start} is after --to {end}",
    },
    "cli_wrote_tables": {
        "nb": "Skrev {n} tabeller til {folder}",
        "nn": "Skreiv {n} tabellar til {folder}",
        "en": "Wrote {n} tables to {folder}",
    },
    # --- photos (attachments) ---
    "photo_not_image": {
        "nb": "{file}: ikke et JPEG- eller PNG-bilde",
        "nn": "{file}: ikkje eit JPEG- eller PNG-bilete",
        "en": "{file}: not a JPEG or PNG image",
    },
    "photo_unreadable": {
        "nb": "{file}: bildet er skadet eller kan ikke leses ({detail})",
        "nn": "{file}: biletet er skadd eller kan ikkje lesast ({detail})",
        "en": "{file}: the image is damaged or cannot be read ({detail})",
    },
    "photo_file_too_large": {
        "nb": "{file}: filen er for stor ({size} MB, høyst {limit} MB)",
        "nn": "{file}: fila er for stor ({size} MB, høgst {limit} MB)",
        "en": "{file}: the file is too large ({size} MB, at most {limit} MB)",
    },
    "photo_too_many_pixels": {
        "nb": "{file}: bildet er for stort ({pixels} megapiksler, høyst {limit})",
        "nn": "{file}: biletet er for stort ({pixels} megapikslar, høgst {limit})",
        "en": "{file}: the image is too large ({pixels} megapixels, at most {limit})",
    },
    "photo_caption_too_long": {
        "nb": "Bildeteksten er for lang (høyst {limit} tegn)",
        "nn": "Biletteksten er for lang (høgst {limit} teikn)",
        "en": "The caption is too long (at most {limit} characters)",
    },
    "photo_not_found": {
        "nb": "Finner ikke bildet {ref}",
        "nn": "Finn ikkje biletet {ref}",
        "en": "Photo not found: {ref}",
    },
    "photo_step_unknown": {
        "nb": "Steget hører ikke til denne økten",
        "nn": "Steget høyrer ikkje til denne økta",
        "en": "The step does not belong to this session",
    },
    "cli_help_attach": {
        "nb": "legg ved bilder (JPEG/PNG) av veggen eller flippoveren; skriver id-ene",
        "nn": "legg ved bilete (JPEG/PNG) av veggen eller flippoveren; skriv id-ane",
        "en": "attach photos (JPEG/PNG) of the wall or flipchart; prints their ids",
    },
    "cli_help_attach_step": {
        "nb": "steget bildene hører til (nummer i agendaen)",
        "nn": "steget bileta høyrer til (nummer i agendaen)",
        "en": "the step the photos belong to (number in the agenda)",
    },
    "cli_help_attach_caption": {
        "nb": "bildetekst",
        "nn": "bilettekst",
        "en": "caption",
    },
    "pdf_photos": {
        "nb": "Vedlegg: bilder",
        "nn": "Vedlegg: bilete",
        "en": "Appendix: photos",
    },
    "pdf_photos_intro": {
        "nb": "Bilder av veggen og flippoverne fra økten.",
        "nn": "Bilete av veggen og flippoverane frå økta.",
        "en": "Photos of the wall and the flipcharts from the session.",
    },
    "pdf_photo_unreadable": {
        "nb": "(Bildet er skadet og kan ikke vises.)",
        "nn": "(Biletet er skadd og kan ikkje visast.)",
        "en": "(The photo is damaged and cannot be shown.)",
    },
    "pdf_photo_number": {
        "nb": "Bilde {n}",
        "nn": "Bilete {n}",
        "en": "Photo {n}",
    },
    # --- capture sheet (paper form for participants) ---
    "sheet_title": {
        "nb": "Skjema for innspill",
        "nn": "Skjema for innspel",
        "en": "Capture sheet",
    },
    "sheet_subject": {
        "nb": "Skjema for innspill – {kind}",
        "nn": "Skjema for innspel – {kind}",
        "en": "Capture sheet – {kind}",
    },
    "sheet_footer": {
        "nb": "Verksted · skjema for innspill",
        "nn": "Verksted · skjema for innspel",
        "en": "Verksted · capture sheet",
    },
    "sheet_instruction": {
        "nb": "Skriv ett innspill per rute, gjerne kort og med tydelig skrift. Skriv gjerne "
        "hvilken gruppe du tilhører. Vi skriver inn alle innspillene etterpå, og de kommer med "
        "i referatet.",
        "nn": "Skriv eitt innspel per rute, gjerne kort og med tydeleg skrift. Skriv gjerne kva "
        "gruppe du høyrer til. Vi skriv inn alle innspela etterpå, og dei kjem med i referatet.",
        "en": "Write one idea per box, briefly and legibly. Feel free to say which group you "
        "belong to. We type in every idea afterwards, and they go into the minutes.",
    },
    "sheet_step": {
        "nb": "Steg {n} · {title}",
        "nn": "Steg {n} · {title}",
        "en": "Step {n} · {title}",
    },
    "sheet_box_step": {
        "nb": "Steg {n}",
        "nn": "Steg {n}",
        "en": "Step {n}",
    },
    "sheet_rating": {
        "nb": "Hvordan var økta? Kryss av:",
        "nn": "Korleis var økta? Kryss av:",
        "en": "How was the session? Tick:",
    },
    "sheet_rating_low": {
        "nb": "svært dårlig",
        "nn": "svært dårleg",
        "en": "very poor",
    },
    "sheet_rating_high": {
        "nb": "svært bra",
        "nn": "svært bra",
        "en": "very good",
    },
    "sheet_no_steps": {
        "nb": "Ingen steg i agendaen samler innspill.",
        "nn": "Ingen steg i agendaen samlar innspel.",
        "en": "No step in the agenda collects input.",
    },
    "cli_help_sheet": {
        "nb": "skriv et utskrivbart skjema (PDF) med spørsmålene og ruter å skrive i",
        "nn": "skriv eit skjema (PDF) til å skrive ut, med spørsmåla og ruter å skrive i",
        "en": "write a printable capture sheet (PDF) with the questions and boxes to write in",
    },
    # --- CSV import ---
    "csv_not_found": {
        "nb": "Finner ikke filen {file}",
        "nn": "Finn ikkje fila {file}",
        "en": "File not found: {file}",
    },
    "csv_too_large": {
        "nb": "{file} er for stor (over {limit})",
        "nn": "{file} er for stor (over {limit})",
        "en": "{file} is too large (over {limit})",
    },
    "csv_not_text": {
        "nb": "{file} er ikke en tekstfil (CSV): et NUL-tegn på linje {line}",
        "nn": "{file} er ikkje ei tekstfil (CSV): eit NUL-teikn på linje {line}",
        "en": "{file} is not a text (CSV) file: a NUL character on line {line}",
    },
    "csv_encoding": {
        "nb": "{file}: ukjent tegnkoding (bruk UTF-8 eller Windows-1252)",
        "nn": "{file}: ukjend teiknkoding (bruk UTF-8 eller Windows-1252)",
        "en": "{file}: unknown encoding (use UTF-8 or Windows-1252)",
    },
    "csv_nul": {
        "nb": "{file}, linje {line}: inneholder et NUL-tegn (0x00); ingenting er importert",
        "nn": "{file}, linje {line}: inneheld eit NUL-teikn (0x00); ingenting er importert",
        "en": "{file}, line {line}: contains a NUL character (0x00); nothing was imported",
    },
    "csv_mixed_encoding": {
        "nb": "{file}, linje {line}: ikke UTF-8 som resten av filen (blandet tegnkoding); "
        "lagre filen på nytt som UTF-8. Ingenting er importert",
        "nn": "{file}, linje {line}: ikkje UTF-8 som resten av fila (blanda teiknkoding); "
        "lagre fila på nytt som UTF-8. Ingenting er importert",
        "en": "{file}, line {line}: not UTF-8 like the rest of the file (mixed encodings); "
        "save the file again as UTF-8. Nothing was imported",
    },
    "csv_no_header": {
        "nb": "{file} er tom",
        "nn": "{file} er tom",
        "en": "{file} is empty",
    },
    "csv_no_text_column": {
        "nb": "{file}: første linje må ha en kolonne som heter «text»",
        "nn": "{file}: den første linja må ha ein kolonne som heiter «text»",
        "en": "{file}: the first line must have a column named “text”",
    },
    "csv_bad_line": {
        "nb": "{file}, linje {line}: kan ikke lese linjen ({detail})",
        "nn": "{file}, linje {line}: kan ikkje lese linja ({detail})",
        "en": "{file}, line {line}: cannot read the line ({detail})",
    },
    "csv_extra_cells": {
        "nb": "{file}, linje {line}: flere celler enn kolonner i overskriften; "
        "ingenting er importert",
        "nn": "{file}, linje {line}: fleire celler enn kolonnar i overskrifta; ingenting er "
        "importert",
        "en": "{file}, line {line}: more cells than header columns; nothing was imported",
    },
    "csv_text_empty": {
        "nb": "{file}, linje {line}: teksten er tom; ingenting er importert",
        "nn": "{file}, linje {line}: teksten er tom; ingenting er importert",
        "en": "{file}, line {line}: the text is empty; nothing was imported",
    },
    "csv_text_too_long": {
        "nb": "{file}, linje {line}: teksten er lengre enn {limit} tegn; ingenting er importert",
        "nn": "{file}, linje {line}: teksten er lengre enn {limit} teikn; ingenting er importert",
        "en": "{file}, line {line}: the text is longer than {limit} characters; "
        "nothing was imported",
    },
    "csv_bad_principle": {
        "nb": "{file}, linje {line}: ugyldig prinsipp «{value}»; ingenting er importert",
        "nn": "{file}, linje {line}: ugyldig prinsipp «{value}»; ingenting er importert",
        "en": "{file}, line {line}: invalid principle “{value}”; nothing was imported",
    },
    "csv_bad_step": {
        "nb": "{file}, linje {line}: ukjent steg «{value}» (økta har {count}); "
        "ingenting er importert",
        "nn": "{file}, linje {line}: ukjend steg «{value}» (økta har {count}); ingenting er "
        "importert",
        "en": "{file}, line {line}: unknown step “{value}” (the session has {count}); "
        "nothing was imported",
    },
    "csv_bad_group": {
        "nb": "{file}, linje {line}: gruppenavnet er for langt; ingenting er importert",
        "nn": "{file}, linje {line}: gruppenamnet er for langt; ingenting er importert",
        "en": "{file}, line {line}: the group name is too long; nothing was imported",
    },
    # --- command line ---
    "cli_description": {
        "nb": "Verksted: planlegg og gjennomfør verksteder og medvirkningsmøter, og skriv referat.",
        "nn": "Verksted: planlegg og gjennomfør verkstader og medverknadsmøte, og skriv referat.",
        "en": "Verksted: plan and run workshops and participation sessions, and write minutes.",
    },
    "cli_help_library": {
        "nb": "arkivfilen (standard: $WORKSHOP_LIBRARY eller brukerens datamappe), eller "
        "postgresql://-adressen til et teamarkiv",
        "nn": "arkivfila (standard: $WORKSHOP_LIBRARY eller datamappa til brukaren), eller "
        "postgresql://-adressa til eit teamarkiv",
        "en": "the library file (default: $WORKSHOP_LIBRARY or the user data folder), or a team "
        "library's postgresql:// address",
    },
    "cli_help_json": {
        "nb": "skriv JSON",
        "nn": "skriv JSON",
        "en": "print JSON",
    },
    "cli_help_templates": {
        "nb": "vis øktmalene",
        "nn": "vis øktmalane",
        "en": "list the session templates",
    },
    "cli_help_framework": {
        "nb": "vis prinsipper og fokusområder",
        "nn": "vis prinsipp og fokusområde",
        "en": "show the principles and focus areas",
    },
    "cli_help_framework_file": {
        "nb": "en annen rammeverksfil (TOML)",
        "nn": "ei anna rammeverksfil (TOML)",
        "en": "another framework file (TOML)",
    },
    "cli_help_new": {
        "nb": "lag en ny økt fra en mal",
        "nn": "lag ei ny økt frå ein mal",
        "en": "create a session from a template",
    },
    "cli_help_set": {
        "nb": "endre opplysninger om en økt",
        "nn": "endre opplysningar om ei økt",
        "en": "change a session's details",
    },
    "cli_help_actual": {
        "nb": "faktisk antall deltakere per gruppe",
        "nn": "faktisk tal på deltakarar per gruppe",
        "en": "actual participants per group",
    },
    "cli_help_feedback": {
        "nb": "på et evalueringssteg: hva lappen sier om økta (keep = behold, change = endre)",
        "nn": "på eit evalueringssteg: kva lappen seier om økta (keep = behald, change = endre)",
        "en": "on an evaluation step: what the note says of the session (keep or change)",
    },
    "cli_help_session_status": {
        "nb": "finished avslutter økta og lagrer når den sluttet; running eller planned gjenåpner",
        "nn": "finished avsluttar økta og lagrar når ho slutta; running eller planned opnar ho att",
        "en": "finished ends the session and records when it ended; running or planned reopens it",
    },
    "cli_help_sessions": {
        "nb": "vis alle økter",
        "nn": "vis alle økter",
        "en": "list all sessions",
    },
    "cli_help_show": {
        "nb": "vis en økt med lappene",
        "nn": "vis ei økt med lappane",
        "en": "show a session and its notes",
    },
    "cli_help_all": {
        "nb": "ta med slettede lapper",
        "nn": "ta med sletta lappar",
        "en": "include deleted notes",
    },
    "cli_help_demo": {
        "nb": "lag en demo-økt (temakveld på biblioteket)",
        "nn": "lag ei demo-økt (temakveld på biblioteket)",
        "en": "create a demo session (a themed library evening)",
    },
    "cli_help_add": {
        "nb": "legg til en lapp",
        "nn": "legg til ein lapp",
        "en": "add a note",
    },
    "cli_help_edit": {
        "nb": "endre teksten på en lapp",
        "nn": "endre teksten på ein lapp",
        "en": "change a note's text",
    },
    "cli_help_delete": {
        "nb": "slett en lapp (kan gjenopprettes)",
        "nn": "slett ein lapp (kan gjenopprettast)",
        "en": "delete a note (restorable)",
    },
    "cli_help_restore": {
        "nb": "gjenopprett en lapp (ØKT LAPP) eller arkivet fra en sikkerhetskopi (KOPI)",
        "nn": "gjenopprett ein lapp (ØKT LAPP) eller arkivet frå ein tryggingskopi (KOPI)",
        "en": "restore a note (SESSION NOTE) or the library from a backup (BACKUP)",
    },
    "cli_help_tag": {
        "nb": "koble en lapp til prinsipper eller fokusområder",
        "nn": "kople ein lapp til prinsipp eller fokusområde",
        "en": "tag a note with principles or focus areas",
    },
    "cli_help_vote": {
        "nb": "gi stemmer til en lapp (negativt tall fjerner)",
        "nn": "gi stemmer til ein lapp (negativt tal fjernar)",
        "en": "vote for a note (a negative count removes votes)",
    },
    "cli_help_cluster": {
        "nb": "samle lapper i en ny klynge, ryddig på en ledig plass (skriver ut id-en)",
        "nn": "samle lappar i ei ny klynge, ryddig på ein ledig plass (skriv ut id-en)",
        "en": "gather notes into a new cluster, a tidy grid at a free place (prints its id)",
    },
    "cli_help_cluster_name": {
        "nb": "navnet på klyngen",
        "nn": "namnet på klynga",
        "en": "the name of the cluster",
    },
    "cli_help_uncluster": {
        "nb": "ta lapper ut av klyngene sine (de får en ledig plass i kolonnen sin)",
        "nn": "ta lappar ut av klyngene sine (dei får ein ledig plass i kolonnen sin)",
        "en": "take notes out of their clusters (they get a free spot in their lane)",
    },
    "cli_unclustered": {
        "nb": "Tatt ut av klyngen: {n}",
        "nn": "Teke ut av klynga: {n}",
        "en": "Taken out of their cluster: {n}",
    },
    "cli_help_import": {
        "nb": "importer lapper fra CSV",
        "nn": "importer lappar frå CSV",
        "en": "import notes from CSV",
    },
    "cli_help_export": {
        "nb": "eksporter referat (PDF), CSV eller JSON",
        "nn": "eksporter referat (PDF), CSV eller JSON",
        "en": "export minutes (PDF), CSV or JSON",
    },
    "cli_help_anonymous": {
        "nb": "utelat forfattere og navn på deltakere",
        "nn": "utelat forfattarar og namn på deltakarar",
        "en": "leave out authors and participant names",
    },
    "cli_help_actions": {
        "nb": "vis tiltak",
        "nn": "vis tiltak",
        "en": "list actions",
    },
    "cli_help_purge": {
        "nb": "slett en økt for godt (personvern), også fra sikkerhetskopiene",
        "nn": "slett ei økt for godt (personvern), også frå tryggingskopiane",
        "en": "delete a session for good (privacy), also from the backups",
    },
    "cli_help_yes": {
        "nb": "ikke spør om bekreftelse",
        "nn": "ikkje spør om stadfesting",
        "en": "do not ask for confirmation",
    },
    "cli_help_backups": {
        "nb": "vis sikkerhetskopiene",
        "nn": "vis tryggingskopiane",
        "en": "list the backups",
    },
    "cli_bad_date": {
        "nb": "ugyldig dato «{value}» (bruk ÅÅÅÅ-MM-DD)",
        "nn": "ugyldig dato «{value}» (bruk ÅÅÅÅ-MM-DD)",
        "en": "invalid date “{value}” (use YYYY-MM-DD)",
    },
    "cli_bad_participants": {
        "nb": "ugyldig «{value}» (bruk GRUPPE=ANTALL)",
        "nn": "ugyldig «{value}» (bruk GRUPPE=TAL)",
        "en": "invalid “{value}” (use GROUP=NUMBER)",
    },
    "cli_bad_principle": {
        "nb": "ugyldig prinsippnummer «{value}»",
        "nn": "ugyldig prinsippnummer «{value}»",
        "en": "invalid principle number “{value}”",
    },
    "cli_bad_port": {
        "nb": "ugyldig port «{value}» (et tall fra 0 til 65535)",
        "nn": "ugyldig port «{value}» (eit tal frå 0 til 65535)",
        "en": "invalid port “{value}” (a number from 0 to 65535)",
    },
    "cli_bad_language": {
        "nb": "ukjent språk «{value}» (gyldige: {known})",
        "nn": "ukjend språk «{value}» (gyldige: {known})",
        "en": "unknown language “{value}” (valid: {known})",
    },
    "cli_usage_error": {
        "nb": "feil i kommandoen",
        "nn": "feil i kommandoen",
        "en": "usage error",
    },
    "cli_see_help": {
        "nb": "se workshop --help",
        "nn": "sjå workshop --help",
        "en": "see workshop --help",
    },
    "cli_interrupted": {
        "nb": "avbrutt",
        "nn": "avbrote",
        "en": "interrupted",
    },
    "cli_terminated": {
        "nb": "stoppet av {signal}; det som ikke var ferdig, er ikke lagret, og det som var "
        "lagret, er lagret",
        "nn": "stoppa av {signal}; det som ikkje var ferdig, er ikkje lagra, og det som var "
        "lagra, er lagra",
        "en": "stopped by {signal}; nothing unfinished was saved, and what was saved stays saved",
    },
    "cli_unexpected": {
        "nb": "uventet feil: {detail}. Det som var lagret, er lagret",
        "nn": "uventa feil: {detail}. Det som var lagra, er lagra",
        "en": "unexpected error: {detail}. What was saved stays saved",
    },
    "cli_minutes": {
        "nb": "{n} min",
        "nn": "{n} min",
        "en": "{n} min",
    },
    "cli_steps": {
        "nb": "steg",
        "nn": "steg",
        "en": "steps",
    },
    "cli_principles": {
        "nb": "prinsipper",
        "nn": "prinsipp",
        "en": "principles",
    },
    "cli_focus_areas": {
        "nb": "Fokusområder",
        "nn": "Fokusområde",
        "en": "Focus areas",
    },
    "cli_deleted": {
        "nb": "slettet",
        "nn": "sletta",
        "en": "deleted",
    },
    "cli_saved": {
        "nb": "Lagret.",
        "nn": "Lagra.",
        "en": "Saved.",
    },
    "cli_no_sessions": {
        "nb": "Ingen økter ennå. Prøv «workshop demo» eller «workshop new».",
        "nn": "Ingen økter enno. Prøv «workshop demo» eller «workshop new».",
        "en": "No sessions yet. Try “workshop demo” or “workshop new”.",
    },
    "cli_note_deleted": {
        "nb": "Lappen er slettet (kan gjenopprettes med «workshop restore»).",
        "nn": "Lappen er sletta (kan gjenopprettast med «workshop restore»).",
        "en": "Note deleted (bring it back with “workshop restore”).",
    },
    "cli_note_restored": {
        "nb": "Lappen er gjenopprettet.",
        "nn": "Lappen er gjenoppretta.",
        "en": "Note restored.",
    },
    "cli_restored_backup": {
        "nb": "Gjenopprettet fra {backup}. Tilstanden før er lagret i {safety}",
        "nn": "Gjenoppretta frå {backup}. Tilstanden før er lagra i {safety}",
        "en": "Restored from {backup}. The previous state is saved in {safety}",
    },
    "cli_tag_nothing": {
        "nb": "Oppgi --principle eller --focus-area",
        "nn": "Oppgi --principle eller --focus-area",
        "en": "Give --principle or --focus-area",
    },
    "cli_votes_now": {
        "nb": "Stemmer nå: {n}",
        "nn": "Stemmer no: {n}",
        "en": "Votes now: {n}",
    },
    "cli_imported": {
        "nb": "importerte {n} lapper, hoppet over {skipped} tomme rader",
        "nn": "importerte {n} lappar, hoppa over {skipped} tomme rader",
        "en": "imported {n} notes, skipped {skipped} empty rows",
    },
    "cli_wrote": {
        "nb": "Skrev {file}",
        "nn": "Skreiv {file}",
        "en": "Wrote {file}",
    },
    "cli_cannot_write": {
        "nb": "Kan ikke skrive {file}: {detail}",
        "nn": "Kan ikkje skrive {file}: {detail}",
        "en": "Cannot write {file}: {detail}",
    },
    "cli_purge_confirm": {
        "nb": "Slette «{title}» for godt, også fra sikkerhetskopiene? [j/N]",
        "nn": "Slette «{title}» for godt, også frå tryggingskopiane? [j/N]",
        "en": "Delete “{title}” for good, also from the backups? [y/N]",
    },
    "cli_cancelled": {
        "nb": "Avbrutt; ingenting er slettet.",
        "nn": "Avbrote; ingenting er sletta.",
        "en": "Cancelled; nothing deleted.",
    },
    "cli_purged": {
        "nb": "«{title}» er slettet for godt.",
        "nn": "«{title}» er sletta for godt.",
        "en": "“{title}” has been deleted for good.",
    },
    "cli_purge_skipped": {
        "nb": "advarsel: {file} er ikke et Verksted-arkiv og er ikke renset; slett den selv om den "
        "er en kopi av arkivet",
        "nn": "åtvaring: {file} er ikkje eit Verksted-arkiv og er ikkje reinsa; slett ho sjølv om "
        "ho er ein kopi av arkivet",
        "en": "warning: {file} is not a Verksted library and was not scrubbed; delete it yourself "
        "if it is a copy of the library",
    },
    "cli_purge_unfinished": {
        "nb": "«{title}» er slettet, men teksten er ikke borte ennå fra {file} ({reason}); kjør "
        "«workshop purge {ref}» igjen når den er ledig",
        "nn": "«{title}» er sletta, men teksten er ikkje borte enno frå {file} ({reason}); køyr "
        "«workshop purge {ref}» igjen når han er ledig",
        "en": "“{title}” is deleted, but its text is not yet gone from {file} ({reason}); run "
        "“workshop purge {ref}” again when it is free",
    },
    "purge_unfinished_title": {
        "nb": "Ikke slettet overalt ennå",
        "nn": "Ikkje sletta overalt enno",
        "en": "Not yet deleted everywhere",
    },
    "purge_unfinished_app": {
        "nb": "«{title}» er slettet, men teksten er ikke borte ennå fra {file} ({reason}). "
        "Verksted fullfører slettingen neste gang det lukkes; eller kjør «workshop purge {ref}».",
        "nn": "«{title}» er sletta, men teksten er ikkje borte enno frå {file} ({reason}). "
        "Verksted fullfører slettinga neste gong det blir lukka; eller køyr «workshop purge "
        "{ref}».",
        "en": "“{title}” is deleted, but its text is not yet gone from {file} ({reason}). "
        "Verksted finishes the deletion the next time it closes; or run “workshop purge {ref}”.",
    },
    "purge_skipped_app": {
        "nb": "{file} er ikke et Verksted-arkiv og er ikke renset; slett den selv om den er en "
        "kopi av arkivet.",
        "nn": "{file} er ikkje eit Verksted-arkiv og er ikkje reinsa; slett ho sjølv om ho er ein "
        "kopi av arkivet.",
        "en": "{file} is not a Verksted library and was not scrubbed; delete it yourself if it is "
        "a copy of the library.",
    },
    "purge_reason_reader": {
        "nb": "et annet program leser arkivet nå",
        "nn": "eit anna program les arkivet no",
        "en": "another program is reading the library",
    },
    "purge_reason_busy": {
        "nb": "filen er låst av et annet program",
        "nn": "fila er låst av eit anna program",
        "en": "the file is locked by another program",
    },
    "purge_reason_in_use": {
        "nb": "en import som pågår, leser den",
        "nn": "ein import som held på, les henne",
        "en": "an import under way is reading it",
    },
    "cli_no_backups": {
        "nb": "Ingen sikkerhetskopier ennå.",
        "nn": "Ingen tryggingskopiar enno.",
        "en": "No backups yet.",
    },
    # --- export formats (workshop.export.formats: the export dialog and `workshop export`) ---
    "file_format_pdf": {
        "nb": "Referat (PDF)",
        "nn": "Referat (PDF)",
        "en": "Minutes (PDF)",
    },
    "file_format_csv": {
        "nb": "Lapper som tabell (CSV)",
        "nn": "Lappar som tabell (CSV)",
        "en": "Notes as a table (CSV)",
    },
    "file_format_json": {
        "nb": "Lapper som data (JSON)",
        "nn": "Lappar som data (JSON)",
        "en": "Notes as data (JSON)",
    },
    "file_format_html": {
        "nb": "Referat for nettsider (HTML)",
        "nn": "Referat for nettsider (HTML)",
        "en": "Minutes for the web (HTML)",
    },
    "file_filter_pdf": {
        "nb": "PDF-dokumenter",
        "nn": "PDF-dokument",
        "en": "PDF documents",
    },
    "file_filter_csv": {
        "nb": "CSV-filer",
        "nn": "CSV-filer",
        "en": "CSV files",
    },
    "file_filter_json": {
        "nb": "JSON-filer",
        "nn": "JSON-filer",
        "en": "JSON files",
    },
    "file_filter_html": {
        "nb": "HTML-dokumenter",
        "nn": "HTML-dokument",
        "en": "HTML documents",
    },
    # --- HTML minutes (workshop/export/minutes_html.py; the rest is shared with the PDF) ---
    "html_skip": {
        "nb": "Gå til innholdet",
        "nn": "Gå til innhaldet",
        "en": "Skip to the content",
    },
    "html_contents": {
        "nb": "Innhold",
        "nn": "Innhald",
        "en": "Contents",
    },
    "html_details": {
        "nb": "Om økten",
        "nn": "Om økta",
        "en": "About the session",
    },
    "html_chart_alt": {
        "nb": "Søylediagram: {title}. Tallene står i tabellen under diagrammet.",
        "nn": "Søylediagram: {title}. Tala står i tabellen under diagrammet.",
        "en": "Bar chart: {title}. The figures are in the table below the chart.",
    },
    "html_chart_figures": {
        "nb": "{title}: tallene i diagrammet",
        "nn": "{title}: tala i diagrammet",
        "en": "{title}: the figures of the chart",
    },
    "html_col_number": {
        "nb": "Nr.",
        "nn": "Nr.",
        "en": "No.",
    },
    "html_col_principle": {
        "nb": "Prinsipp",
        "nn": "Prinsipp",
        "en": "Principle",
    },
    "html_col_rating": {
        "nb": "Vurdering",
        "nn": "Vurdering",
        "en": "Rating",
    },
    "html_col_count": {
        "nb": "Antall",
        "nn": "Tal",
        "en": "Count",
    },
    "html_actions_caption": {
        "nb": "Tiltak som ble avtalt i økten",
        "nn": "Tiltak som vart avtalte i økta",
        "en": "Actions agreed in the session",
    },
    "html_board_alt": {
        "nb": "Tavla slik den ble: {n} lapper der de lå til slutt, med nummeret sitt i vedlegget "
        "og stemmene sine, og klyngene med navn.",
        "nn": "Tavla slik ho enda: {n} lappar der dei låg til slutt, med nummeret sitt i vedlegget "
        "og stemmene sine, og klyngene med namn.",
        "en": "The board as it ended: {n} notes where they were left, with their number in the "
        "appendix and their votes, and the clusters by name.",
    },
    "html_photo_alt": {
        "nb": "Bilde {n} fra økten",
        "nn": "Bilete {n} frå økta",
        "en": "Photo {n} from the session",
    },
    # --- PDF minutes ---
    "pdf_minutes_from": {
        "nb": "Referat – {kind}",
        "nn": "Referat – {kind}",
        "en": "Minutes – {kind}",
    },
    "pdf_subject": {
        "nb": "Referat fra {kind}",
        "nn": "Referat frå {kind}",
        "en": "Minutes of {kind}",
    },
    "pdf_date": {
        "nb": "Dato",
        "nn": "Dato",
        "en": "Date",
    },
    "pdf_place": {
        "nb": "Sted",
        "nn": "Stad",
        "en": "Place",
    },
    "pdf_session_type": {
        "nb": "Type økt",
        "nn": "Type økt",
        "en": "Session type",
    },
    "pdf_archive_ref": {
        "nb": "Arkivreferanse",
        "nn": "Arkivreferanse",
        "en": "Archive reference",
    },
    "pdf_facilitators": {
        "nb": "Prosessleder(e)",
        "nn": "Prosessleiar(ar)",
        "en": "Facilitator(s)",
    },
    "pdf_participants": {
        "nb": "Deltakere",
        "nn": "Deltakarar",
        "en": "Participants",
    },
    "pdf_participants_actual": {
        "nb": "faktisk",
        "nn": "faktisk",
        "en": "actual",
    },
    "pdf_participants_planned": {
        "nb": "planlagt",
        "nn": "planlagt",
        "en": "planned",
    },
    "pdf_inputs": {
        "nb": "Innspill",
        "nn": "Innspel",
        "en": "Inputs",
    },
    "pdf_framework": {
        "nb": "Rammeverk",
        "nn": "Rammeverk",
        "en": "Framework",
    },
    "pdf_step_title": {
        "nb": "Steg",
        "nn": "Steg",
        "en": "Step",
    },
    "pdf_minutes_planned": {
        "nb": "Min. planlagt",
        "nn": "Min. planlagt",
        "en": "Min. planned",
    },
    "pdf_open_ended": {
        "nb": "åpent",
        "nn": "ope",
        "en": "open",
    },
    "pdf_by_principle": {
        "nb": "Innspill etter prinsipp",
        "nn": "Innspel etter prinsipp",
        "en": "Inputs by principle",
    },
    "pdf_principle_heading": {
        "nb": "Prinsipp {n} – {title}",
        "nn": "Prinsipp {n} – {title}",
        "en": "Principle {n} – {title}",
    },
    "pdf_no_inputs": {
        "nb": "Ingen innspill er koblet hit.",
        "nn": "Ingen innspel er kopla hit.",
        "en": "No inputs are mapped here.",
    },
    "pdf_not_mapped": {
        "nb": "Ikke koblet til prinsipp",
        "nn": "Ikkje kopla til prinsipp",
        "en": "Not mapped",
    },
    "pdf_all_mapped": {
        "nb": "Alle innspill er koblet til minst ett prinsipp.",
        "nn": "Alle innspel er kopla til minst eitt prinsipp.",
        "en": "Every input is mapped to at least one principle.",
    },
    "pdf_by_focus_area": {
        "nb": "Innspill etter fokusområde",
        "nn": "Innspel etter fokusområde",
        "en": "Inputs by focus area",
    },
    "pdf_step": {
        "nb": "Steg",
        "nn": "Steg",
        "en": "Step",
    },
    "pdf_group": {
        "nb": "Gruppe",
        "nn": "Gruppe",
        "en": "Group",
    },
    "pdf_votes": {
        "nb": "{n} stemmer",
        "nn": "{n} stemmer",
        "en": "{n} votes",
    },
    "pdf_author": {
        "nb": "Skrevet av",
        "nn": "Skrive av",
        "en": "By",
    },
    "pdf_page_x_of_y": {
        "nb": "side {x} av {y}",
        "nn": "side {x} av {y}",
        "en": "page {x} of {y}",
    },
    "pdf_time": {
        "nb": "Tid",
        "nn": "Tid",
        "en": "Time",
    },
    "pdf_finished_at": {
        "nb": "avsluttet kl. {time}",
        "nn": "avslutta kl. {time}",
        "en": "ended at {time}",
    },
    "pdf_finished_on": {
        "nb": "avsluttet {moment}",
        "nn": "avslutta {moment}",
        "en": "ended {moment}",
    },
    # --- the notes CSV's column headings (the JSON keys stay English) ---
    "csv_number": {"nb": "Nr.", "nn": "Nr.", "en": "Number"},
    "csv_id": {"nb": "ID", "nn": "ID", "en": "ID"},
    "csv_text": {"nb": "Tekst", "nn": "Tekst", "en": "Text"},
    "csv_step": {"nb": "Steg", "nn": "Steg", "en": "Step"},
    "csv_step_title": {"nb": "Stegtittel", "nn": "Stegtittel", "en": "Step title"},
    "csv_group": {"nb": "Gruppe", "nn": "Gruppe", "en": "Group"},
    "csv_feedback": {"nb": "Behold/endre", "nn": "Behald/endre", "en": "Keep/change"},
    "csv_colour": {"nb": "Farge", "nn": "Farge", "en": "Colour"},
    "csv_principles": {"nb": "Prinsipper", "nn": "Prinsipp", "en": "Principles"},
    "csv_focus_areas": {"nb": "Fokusområder", "nn": "Fokusområde", "en": "Focus areas"},
    "csv_cluster": {"nb": "Klynge", "nn": "Klynge", "en": "Cluster"},
    "csv_votes": {"nb": "Stemmer", "nn": "Stemmer", "en": "Votes"},
    "csv_author": {"nb": "Forfatter", "nn": "Forfattar", "en": "Author"},
    "csv_created_at": {"nb": "Opprettet", "nn": "Oppretta", "en": "Created"},
    "csv_origin": {"nb": "Opphav", "nn": "Opphav", "en": "Origin"},
    "pdf_exported": {
        "nb": "Eksportert {date}",
        "nn": "Eksportert {date}",
        "en": "Exported {date}",
    },
    # PDF minutes: summary, agenda as run, chart, board picture, appendix
    "pdf_vote_one": {
        "nb": "1 stemme",
        "nn": "1 stemme",
        "en": "1 vote",
    },
    "pdf_note_number": {
        "nb": "Nr. {n}",
        "nn": "Nr. {n}",
        "en": "No. {n}",
    },
    "pdf_principles": {
        "nb": "Prinsipp {numbers}",
        "nn": "Prinsipp {numbers}",
        "en": "Principles {numbers}",
    },
    "pdf_focus_area": {
        "nb": "Fokusområde",
        "nn": "Fokusområde",
        "en": "Focus area",
    },
    "pdf_cluster": {
        "nb": "Klynge",
        "nn": "Klynge",
        "en": "Cluster",
    },
    "pdf_participants_total": {
        "nb": "I alt {n}",
        "nn": "I alt {n}",
        "en": "Total {n}",
    },
    "pdf_votes_cast": {
        "nb": "Stemmer avgitt",
        "nn": "Stemmer gitt",
        "en": "Votes cast",
    },
    "pdf_chart_title": {
        "nb": "Innspill per prinsipp",
        "nn": "Innspel per prinsipp",
        "en": "Inputs per principle",
    },
    "pdf_chart_unmapped": {
        "nb": "Uten prinsipp",
        "nn": "Utan prinsipp",
        "en": "No principle",
    },
    "pdf_summary": {
        "nb": "Sammendrag",
        "nn": "Samandrag",
        "en": "Summary",
    },
    "pdf_clusters": {
        "nb": "Klynger",
        "nn": "Klynger",
        "en": "Clusters",
    },
    "pdf_cluster_meta": {
        "nb": "{n} innspill · {votes}",
        "nn": "{n} innspel · {votes}",
        "en": "{n} inputs · {votes}",
    },
    "pdf_no_clusters": {
        "nb": "Innspillene ble ikke samlet i klynger.",
        "nn": "Innspela vart ikkje samla i klynger.",
        "en": "The inputs were not grouped into clusters.",
    },
    "pdf_top_voted": {
        "nb": "Innspill med flest stemmer",
        "nn": "Innspel med flest stemmer",
        "en": "Most-voted inputs",
    },
    "pdf_no_votes": {
        "nb": "Ingen innspill fikk stemmer.",
        "nn": "Ingen innspel fekk stemmer.",
        "en": "No input received votes.",
    },
    "pdf_actions": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Actions",
    },
    "pdf_action": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Action",
    },
    "pdf_action_owner": {
        "nb": "Ansvarlig",
        "nn": "Ansvarleg",
        "en": "Owner",
    },
    "pdf_action_due": {
        "nb": "Frist",
        "nn": "Frist",
        "en": "Due",
    },
    "pdf_action_status": {
        "nb": "Status",
        "nn": "Status",
        "en": "Status",
    },
    "pdf_no_actions": {
        "nb": "Ingen tiltak er registrert.",
        "nn": "Ingen tiltak er registrerte.",
        "en": "No actions were recorded.",
    },
    "pdf_board": {
        "nb": "Tavla slik den ble",
        "nn": "Tavla slik ho enda",
        "en": "The board as it ended",
    },
    "pdf_board_caption": {
        "nb": "Lappene der de lå til slutt. Tallene viser til vedlegget, +N er stemmer.",
        "nn": "Lappane der dei låg til slutt. Tala viser til vedlegget, +N er stemmer.",
        "en": "The notes where they ended. The numbers refer to the appendix, +N are votes.",
    },
    "pdf_board_unplaced": {
        "nb": "{n} innspill ble ikke plassert på tavla.",
        "nn": "{n} innspel vart ikkje plasserte på tavla.",
        "en": "{n} inputs were not placed on the board.",
    },
    "pdf_board_empty": {
        "nb": "Ingen lapper ble plassert på tavla.",
        "nn": "Ingen lappar vart plasserte på tavla.",
        "en": "No notes were placed on the board.",
    },
    "pdf_agenda_as_run": {
        "nb": "Agenda slik den ble gjennomført",
        "nn": "Agendaen slik han vart gjennomført",
        "en": "Agenda as run",
    },
    "pdf_minutes_actual": {
        "nb": "Min. faktisk",
        "nn": "Min. faktisk",
        "en": "Min. actual",
    },
    "pdf_total": {
        "nb": "Sum",
        "nn": "Sum",
        "en": "Total",
    },
    "pdf_appendix": {
        "nb": "Vedlegg: alle innspill",
        "nn": "Vedlegg: alle innspel",
        "en": "Appendix: all inputs",
    },
    "pdf_other_version": {
        "nb": "Ikke avklart: teksten ble også endret på en annen maskin til «{text}»",
        "nn": "Ikkje avklart: teksten vart også endra på ein annan maskin til «{text}»",
        "en": "Not settled: the text was also changed on another computer to “{text}”",
    },
    "cli_export_conflicts": {
        "nb": "merk: lapper med tekst endret på to maskiner som ikke er avklart: {n} "
        "(se «workshop conflicts»); referatet viser begge tekstene",
        "nn": "merk: lappar med tekst endra på to maskinar som ikkje er avklart: {n} (sjå "
        "«workshop conflicts»); referatet viser begge tekstane",
        "en": "note: notes whose text was changed on two computers and not yet settled: {n} "
        "(see “workshop conflicts”); the minutes show both texts",
    },
    "pdf_appendix_intro": {
        "nb": "Alle innspill, nummerert i den rekkefølgen de ble skrevet.",
        "nn": "Alle innspel, nummererte i den rekkjefølgja dei vart skrivne i.",
        "en": "Every input, numbered in the order it was captured.",
    },
    # --- tagged PDF: alternative texts of the figures (read by screen readers) ---
    "pdf_chart_alt": {
        "nb": "Stolpediagram, {title}: {figures}.",
        "nn": "Stolpediagram, {title}: {figures}.",
        "en": "Bar chart, {title}: {figures}.",
    },
    "pdf_scale_chart_alt": {
        "nb": "Stolpediagram, {title}: antall for hver verdi på skalaen, {figures}.",
        "nn": "Stolpediagram, {title}: talet for kvar verdi på skalaen, {figures}.",
        "en": "Bar chart, {title}: the number for each value on the scale, {figures}.",
    },
    "pdf_column_chart_alt": {
        "nb": "Søylediagram, {title}: {figures}.",
        "nn": "Søylediagram, {title}: {figures}.",
        "en": "Column chart, {title}: {figures}.",
    },
    "pdf_board_alt": {
        "nb": "Tavla slik den var til slutt, med {notes} lapper nummerert som i vedlegget. "
        "Klynger: {clusters}.",
        "nn": "Tavla slik ho var til slutt, med {notes} lappar nummererte som i vedlegget. "
        "Klynger: {clusters}.",
        "en": "The board as it ended, with {notes} notes numbered as in the appendix. "
        "Clusters: {clusters}.",
    },
    "pdf_board_alt_no_clusters": {
        "nb": "ingen",
        "nn": "ingen",
        "en": "none",
    },
    "sheet_boxes_alt": {
        "nb": "{n} ruter å skrive innspill i, hver med en linje for gruppen.",
        "nn": "{n} ruter å skrive innspel i, kvar med ei line for gruppa.",
        "en": "{n} boxes to write inputs in, each with a line for the group.",
    },
    # --- session files (.verksted) ---
    "cli_help_pack": {
        "nb": "skriv en økt til en øktfil (.verksted) for en annen maskin",
        "nn": "skriv ei økt til ei øktfil (.verksted) for ein annan maskin",
        "en": "write a session to a session file (.verksted) for another machine",
    },
    "cli_help_unpack": {
        "nb": "legg til eller flett inn en økt fra en øktfil (.verksted)",
        "nn": "legg til eller flett inn ei økt frå ei øktfil (.verksted)",
        "en": "add or merge a session from a session file (.verksted)",
    },
    "cli_help_dry_run": {
        "nb": "vis bare hva som ville skjedd; skriv ingenting",
        "nn": "vis berre kva som ville skjedd; skriv ingenting",
        "en": "only show what would happen; write nothing",
    },
    "cli_help_restore_purged": {
        "nb": "ta inn økten selv om den er slettet for godt her",
        "nn": "ta inn økta sjølv om ho er sletta for godt her",
        "en": "import the session even though it was deleted for good here",
    },
    "cli_help_conflicts": {
        "nb": "vis lapper med tekst endret på to maskiner (løses med «edit»)",
        "nn": "vis lappar med tekst endra på to maskinar (løysast med «edit»)",
        "en": "list notes whose text was changed on two machines (resolve with “edit”)",
    },
    "cli_packed": {
        "nb": "skrev {file}: {notes} lapper, {photos} bilder, {size} kB",
        "nn": "skreiv {file}: {notes} lappar, {photos} bilete, {size} kB",
        "en": "wrote {file}: {notes} notes, {photos} photos, {size} kB",
    },
    "cli_unpack_summary": {
        "nb": "{title}: lapper {nn} nye, {nu} endret, {nc} uendret; annet {on} nye, "
        "{ou} endret, {oc} uendret; tekstkonflikter: {conflicts}",
        "nn": "{title}: lappar {nn} nye, {nu} endra, {nc} uendra; anna {on} nye, {ou} endra, "
        "{oc} uendra; tekstkonfliktar: {conflicts}",
        "en": "{title}: notes {nn} new, {nu} updated, {nc} unchanged; other {on} new, "
        "{ou} updated, {oc} unchanged; text conflicts: {conflicts}",
    },
    "cli_unpack_new_session": {
        "nb": "ny økt",
        "nn": "ny økt",
        "en": "new session",
    },
    "cli_unpack_dry_run": {
        "nb": "prøvekjøring, ingenting er skrevet",
        "nn": "prøvekøyring, ingenting er skrive",
        "en": "dry run, nothing was written",
    },
    "cli_no_conflicts": {
        "nb": "ingen tekstkonflikter",
        "nn": "ingen tekstkonfliktar",
        "en": "no text conflicts",
    },
    "cli_conflict": {
        "nb": "lapp #{seq} ({ref}): {n} versjoner",
        "nn": "lapp #{seq} ({ref}): {n} versjonar",
        "en": "note #{seq} ({ref}): {n} versions",
    },
    "session_file_missing": {
        "nb": "Finner ikke øktfilen {file}",
        "nn": "Finn ikkje øktfila {file}",
        "en": "Session file not found: {file}",
    },
    "session_file_photo_too_large": {
        "nb": "{file}: bilde {n} er for stort ({pixels} megapiksler, høyst {limit}); filen er ikke "
        "importert",
        "nn": "{file}: bilete {n} er for stort ({pixels} megapikslar, høgst {limit}); fila er "
        "ikkje importert",
        "en": "{file}: photo {n} is too large ({pixels} megapixels, at most {limit}); the file was "
        "not imported",
    },
    "session_file_photo_unreadable": {
        "nb": "{file}: bilde {n} er skadet eller ikke et JPEG- eller PNG-bilde; filen er ikke "
        "importert",
        "nn": "{file}: bilete {n} er skadd eller ikkje eit JPEG- eller PNG-bilete; fila er ikkje "
        "importert",
        "en": "{file}: photo {n} is damaged or not a JPEG or PNG image; the file was not imported",
    },
    "session_file_future_stamp": {
        "nb": "{file}: en endring er datert {when} UTC, over et døgn fram i tid etter klokken på "
        "denne maskinen; filen er ikke importert (sjekk klokken på begge maskinene)",
        "nn": "{file}: ei endring er datert {when} UTC, over eit døgn fram i tid etter klokka på "
        "denne maskinen; fila er ikkje importert (sjekk klokka på begge maskinene)",
        "en": "{file}: a change is dated {when} UTC, more than a day ahead of this computer's "
        "clock; the file was not imported (check the clock on both computers)",
    },
    "session_file_unreadable": {
        "nb": "Kan ikke lese øktfilen {file}: {detail}",
        "nn": "Kan ikkje lese øktfila {file}: {detail}",
        "en": "Cannot read the session file {file}: {detail}",
    },
    "session_file_too_large": {
        "nb": "{file} er for stor til å være en øktfil ({size} MB; grensen er {limit} MB)",
        "nn": "{file} er for stor til å vere ei øktfil ({size} MB; grensa er {limit} MB)",
        "en": "{file} is too large to be a session file ({size} MB; the limit is {limit} MB)",
    },
    "session_file_foreign": {
        "nb": "{file} er ikke en øktfil fra Verksted",
        "nn": "{file} er ikkje ei øktfil frå Verksted",
        "en": "{file} is not a Verksted session file",
    },
    "session_file_is_library": {
        "nb": "{file} er et Verksted-bibliotek, ikke en øktfil; bruk «restore» for biblioteker",
        "nn": "{file} er eit Verksted-bibliotek, ikkje ei øktfil; bruk «restore» for bibliotek",
        "en": "{file} is a Verksted library, not a session file; use “restore” for libraries",
    },
    "session_file_truncated": {
        "nb": "{file} er ufullstendig (avkuttet under kopiering?); be om filen på nytt",
        "nn": "{file} er ufullstendig (avkorta under kopiering?); be om fila på nytt",
        "en": "{file} is incomplete (cut off while copying?); ask for the file again",
    },
    "session_file_corrupt": {
        "nb": "{file} er skadet og kan ikke leses ({detail})",
        "nn": "{file} er skadd og kan ikkje lesast ({detail})",
        "en": "{file} is damaged and cannot be read ({detail})",
    },
    "session_file_too_new": {
        "nb": "{file} er laget av en nyere Verksted (format {version}); oppdater Verksted",
        "nn": "{file} er laga av ein nyare Verksted (format {version}); oppdater Verksted",
        "en": "{file} was made by a newer Verksted (format {version}); update Verksted",
    },
    "session_file_invalid": {
        "nb": "{file} har ugyldig innhold ({detail}); ingenting er importert",
        "nn": "{file} har ugyldig innhald ({detail}); ingenting er importert",
        "en": "{file} has invalid content ({detail}); nothing was imported",
    },
    "session_file_unexpected": {
        "nb": "{file} inneholder noe en øktfil ikke skal ha ({what}); ingenting er importert",
        "nn": "{file} inneheld noko ei øktfil ikkje skal ha ({what}); ingenting er importert",
        "en": "{file} contains something a session file must not have ({what}); "
        "nothing was imported",
    },
    "session_file_purged": {
        "nb": "Økten «{title}» i {file} ble slettet for godt her {date}; "
        "bruk --restore-purged for å ta den inn likevel",
        "nn": "Økta «{title}» i {file} vart sletta for godt her {date}; bruk --restore-purged "
        "for å ta ho inn likevel",
        "en": "The session “{title}” in {file} was deleted for good here on {date}; "
        "use --restore-purged to import it anyway",
    },
    # --- participants on their phones (the participant server, its page and `serve`) ---
    "origin_unknown": {
        "nb": "Ukjent opphav «{value}»",
        "nn": "Ukjend opphav «{value}»",
        "en": "Unknown origin “{value}”",
    },
    "vote_budget_bad": {
        "nb": "Antall prikker må være et heltall fra 1 til {limit}, ikke {value}",
        "nn": "Talet på prikkar må vere eit heiltal frå 1 til {limit}, ikkje {value}",
        "en": "The number of dots must be a whole number from 1 to {limit}, not {value}",
    },
    "pending_note_not_found": {
        "nb": "Finner ingen ventende lapp «{ref}»",
        "nn": "Finn ingen ventande lapp «{ref}»",
        "en": "No waiting note “{ref}”",
    },
    "phone_key_bad": {
        "nb": "«key» må være 1–{limit} tegn uten mellomrom",
        "nn": "«key» må vere 1–{limit} teikn utan mellomrom",
        "en": "“key” must be 1–{limit} characters without spaces",
    },
    "phone_text_bad": {
        "nb": "«text» må være en tekst",
        "nn": "«text» må vere ein tekst",
        "en": "“text” must be a string",
    },
    "phone_note_ref_bad": {
        "nb": "«note» må være id-en til en lapp",
        "nn": "«note» må vere id-en til ein lapp",
        "en": "“note” must be the id of a note",
    },
    "phone_delta_bad": {
        "nb": "«delta» må være 1 eller -1",
        "nn": "«delta» må vere 1 eller -1",
        "en": "“delta” must be 1 or -1",
    },
    "phone_note_too_long": {
        "nb": "Lappen er for lang ({length} tegn, høyst {limit})",
        "nn": "Lappen er for lang ({length} teikn, høgst {limit})",
        "en": "The note is too long ({length} characters, at most {limit})",
    },
    "phone_note_filtered": {
        "nb": "Lappen har et ord som ikke tas med her; skriv den gjerne om",
        "nn": "Lappen har eit ord som ikkje blir teke med her; skriv han gjerne om",
        "en": "The note has a word that is not accepted here; please rephrase it",
    },
    "phone_not_voting": {
        "nb": "Det stemmes ikke nå",
        "nn": "Det blir ikkje røysta no",
        "en": "There is no vote going on now",
    },
    "phone_budget_spent": {
        "nb": "Du har brukt alle de {budget} prikkene dine",
        "nn": "Du har brukt alle dei {budget} prikkane dine",
        "en": "You have used all your {budget} dots",
    },
    "phone_no_dot_here": {
        "nb": "Du har ingen prikk på denne lappen",
        "nn": "Du har ingen prikk på denne lappen",
        "en": "You have no dot on this note",
    },
    "phone_not_rating": {
        "nb": "Det gis ingen karakter nå",
        "nn": "Det blir ikkje gitt karakter no",
        "en": "There is no rating going on now",
    },
    "phone_not_found": {"nb": "Ukjent adresse", "nn": "Ukjend adresse", "en": "Unknown address"},
    "phone_bad_json": {
        "nb": "Forespørselen er ikke gyldig JSON",
        "nn": "Førespurnaden er ikkje gyldig JSON",
        "en": "The request is not valid JSON",
    },
    "phone_not_object": {
        "nb": "Forespørselen må være et JSON-objekt",
        "nn": "Førespurnaden må vere eit JSON-objekt",
        "en": "The request must be a JSON object",
    },
    "phone_field_unknown": {
        "nb": "Ukjent felt «{field}»",
        "nn": "Ukjend felt «{field}»",
        "en": "Unknown field “{field}”",
    },
    "phone_field_missing": {
        "nb": "Feltet «{field}» mangler",
        "nn": "Feltet «{field}» manglar",
        "en": "The field “{field}” is missing",
    },
    "phone_content_type": {
        "nb": "Send data som JSON (Content-Type: application/json)",
        "nn": "Send dataa som JSON (Content-Type: application/json)",
        "en": "Send the data as JSON (Content-Type: application/json)",
    },
    "phone_too_large": {
        "nb": "Forespørselen er for stor (høyst {limit} kB)",
        "nn": "Førespurnaden er for stor (høgst {limit} kB)",
        "en": "The request is too large (at most {limit} kB)",
    },
    "phone_too_many": {
        "nb": "Litt for fort – prøv igjen om {seconds} s",
        "nn": "Litt for fort – prøv att om {seconds} s",
        "en": "A little too fast – try again in {seconds} s",
    },
    "phone_join_first": {
        "nb": "Åpne lenken til rommet først",
        "nn": "Opna lenkja til rommet først",
        "en": "Open the room’s link first",
    },
    "phone_cross_site": {
        "nb": "Forespørsler fra andre nettsider tas ikke imot",
        "nn": "Førespurnader frå andre nettsider blir ikkje tekne imot",
        "en": "Requests from other sites are not accepted",
    },
    "phone_method": {
        "nb": "Metoden er ikke tillatt her",
        "nn": "Metoden er ikkje tillaten her",
        "en": "Method not allowed here",
    },
    "phone_busy": {
        "nb": "Serveren er opptatt – prøv igjen",
        "nn": "Tenaren er oppteken – prøv att",
        "en": "The server is busy – try again",
    },
    "phone_server_error": {
        "nb": "Noe gikk galt på serveren; det som var lagret, er lagret",
        "nn": "Noko gjekk gale på tenaren; det som var lagra, er lagra",
        "en": "Something went wrong on the server; what was saved stays saved",
    },
    "phone_ui_title": {
        "nb": "Verksted – delta",
        "nn": "Verksted – ver med",
        "en": "Verksted – take part",
    },
    "phone_ui_room": {"nb": "Rom {code}", "nn": "Rom {code}", "en": "Room {code}"},
    "phone_ui_connecting": {"nb": "Kobler til …", "nn": "Koplar til …", "en": "Connecting …"},
    "phone_ui_connected": {"nb": "Tilkoblet", "nn": "Tilkopla", "en": "Connected"},
    "phone_ui_offline": {
        "nb": "Uten forbindelse – lappene dine sendes når nettet er tilbake",
        "nn": "Utan samband – lappane dine blir sende når nettet er tilbake",
        "en": "Offline – your notes will be sent when the network is back",
    },
    "phone_ui_gone": {
        "nb": "Finner ikke økta – sjekk lenken eller spør møteleder",
        "nn": "Finn ikkje økta – sjekk lenkja eller spør møteleiaren",
        "en": "Session not found – check the link or ask the facilitator",
    },
    "phone_ui_waiting": {
        "nb": "Venter på at økta starter",
        "nn": "Ventar på at økta skal starte",
        "en": "Waiting for the session to start",
    },
    "phone_ui_step": {
        "nb": "Steg {n} av {count}",
        "nn": "Steg {n} av {count}",
        "en": "Step {n} of {count}",
    },
    "phone_ui_note_label": {"nb": "Din lapp", "nn": "Lappen din", "en": "Your note"},
    "phone_ui_note_hint": {
        "nb": "Én tanke per lapp. Ingen navn lagres.",
        "nn": "Éin tanke per lapp. Ingen namn blir lagra.",
        "en": "One thought per note. No names are stored.",
    },
    "phone_ui_chars_left": {
        "nb": "{n} tegn igjen",
        "nn": "{n} teikn att",
        "en": "{n} characters left",
    },
    "phone_ui_send": {"nb": "Send lappen", "nn": "Send lappen", "en": "Send note"},
    "phone_ui_sent": {"nb": "Sendt – takk!", "nn": "Sendt – takk!", "en": "Sent – thank you!"},
    "phone_ui_queued": {
        "nb": "Sendt – lappen kommer på tavla når møteleder har sett den",
        "nn": "Sendt – lappen kjem på tavla når møteleiaren har sett han",
        "en": "Sent – the note goes on the board once the facilitator has seen it",
    },
    "phone_ui_unsent": {
        "nb": "Lapper som venter på å bli sendt: {n}",
        "nn": "Lappar som ventar på å bli sende: {n}",
        "en": "Notes waiting to be sent: {n}",
    },
    "phone_ui_rejected": {
        "nb": "Møteleder tok ikke med en av lappene dine",
        "nn": "Møteleiaren tok ikkje med ein av lappane dine",
        "en": "The facilitator did not take one of your notes",
    },
    "phone_ui_votes_left": {
        "nb": "{n} av {budget} prikker igjen",
        "nn": "{n} av {budget} prikkar att",
        "en": "{n} of {budget} dots left",
    },
    "phone_ui_add_dot": {"nb": "Gi en prikk", "nn": "Gi ein prikk", "en": "Add a dot"},
    "phone_ui_remove_dot": {
        "nb": "Ta tilbake en prikk",
        "nn": "Ta attende ein prikk",
        "en": "Take back a dot",
    },
    "phone_ui_my_dots": {
        "nb": "Dine prikker: {n}",
        "nn": "Prikkane dine: {n}",
        "en": "Your dots: {n}",
    },
    "phone_ui_total": {"nb": "Alle prikker: {n}", "nn": "Alle prikkar: {n}", "en": "All dots: {n}"},
    "phone_ui_no_notes": {
        "nb": "Ingen lapper å stemme på ennå",
        "nn": "Ingen lappar å røyste på enno",
        "en": "No notes to vote on yet",
    },
    "phone_ui_rate_legend": {
        "nb": "Gi økta en karakter fra 1 (lite nyttig) til 5 (svært nyttig)",
        "nn": "Gi økta ein karakter frå 1 (lite nyttig) til 5 (svært nyttig)",
        "en": "Rate the session from 1 (not useful) to 5 (very useful)",
    },
    "phone_ui_rated": {
        "nb": "Takk! Du ga {n}. Trykk på et annet tall for å endre.",
        "nn": "Takk! Du gav {n}. Trykk på eit anna tal for å endre.",
        "en": "Thank you! You gave {n}. Tap another number to change it.",
    },
    "phone_ui_language": {"nb": "Språk", "nn": "Mål", "en": "Language"},
    "phone_ui_write_more": {
        "nb": "Vil du si noe mer? Skriv en lapp.",
        "nn": "Vil du seie noko meir? Skriv ein lapp.",
        "en": "Anything to add? Write a note.",
    },
    "cli_help_serve": {
        "nb": "la deltakerne skrive, stemme og gi karakter på mobilen over det lokale nettet",
        "nn": "la deltakarane skrive, røyste og gi karakter på mobilen over det lokale nettet",
        "en": "let participants write, vote and rate on their phones over the local network",
    },
    "cli_help_serve_host": {
        "nb": "adressen å lytte på (standard: laptopens adresse på Wi-Fi eller hotspot; "
        "0.0.0.0 = alle nett)",
        "nn": "adressa å lytte på (standard: adressa til laptopen på Wi-Fi eller hotspot; "
        "0.0.0.0 = alle nett)",
        "en": "the address to listen on (default: the laptop's address on its Wi-Fi or "
        "hotspot; 0.0.0.0 = every network)",
    },
    "cli_help_serve_port": {
        "nb": "porten å lytte på (standard 8750; 0 = en ledig port)",
        "nn": "porten å lytte på (standard 8750; 0 = ein ledig port)",
        "en": "the port to listen on (default 8750; 0 = any free port)",
    },
    "cli_help_serve_auto_accept": {
        "nb": "lapper fra mobiler rett på tavla (ellers venter de i køen til møteleder)",
        "nn": "lappar frå mobilar rett på tavla (elles ventar dei i køen til møteleiaren)",
        "en": "notes from phones go straight onto the board (else they wait for the facilitator)",
    },
    "cli_serve_listening": {
        "nb": "Deltakerne åpner {url} (romkode {code}). Ctrl+C stopper.",
        "nn": "Deltakarane opnar {url} (romkode {code}). Ctrl+C stoppar.",
        "en": "Participants open {url} (room code {code}). Ctrl+C stops.",
    },
    "cli_serve_queue_mode": {
        "nb": "Lapper fra mobiler venter i køen til møteleder godkjenner dem i Verksted",
        "nn": "Lappar frå mobilar ventar i køen til møteleiaren godkjenner dei i Verksted",
        "en": "Notes from phones wait in the queue until the facilitator approves them in Verksted",
    },
    "cli_serve_all_networks": {
        "nb": "Lytter på alle nett (0.0.0.0): alle på de samme nettene kan nå siden",
        "nn": "Lyttar på alle nett (0.0.0.0): alle på dei same netta kan nå sida",
        "en": "Listening on every network (0.0.0.0): anyone on those networks can reach the page",
    },
    "cli_serve_port_in_use": {
        "nb": "Port {port} på {host} er i bruk; velg en annen med --port",
        "nn": "Port {port} på {host} er i bruk; vel ein annan med --port",
        "en": "Port {port} on {host} is in use; choose another with --port",
    },
    "cli_serve_cannot_listen": {
        "nb": "Kan ikke lytte på {host}:{port} ({detail})",
        "nn": "Kan ikkje lytte på {host}:{port} ({detail})",
        "en": "Cannot listen on {host}:{port} ({detail})",
    },
    "cli_serve_no_network": {
        "nb": "Fant ingen lokal nettadresse; koble til Wi-Fi, slå på hotspot eller bruk --host",
        "nn": "Fann inga lokal nettadresse; kopla til Wi-Fi, slå på hotspot eller bruk --host",
        "en": "No local network address found; join a Wi-Fi, turn on the hotspot or use --host",
    },
    "cli_serve_stopped": {
        "nb": "Stoppet. Lapper fra mobiler: {notes}, i køen: {queued}",
        "nn": "Stoppa. Lappar frå mobilar: {notes}, i køen: {queued}",
        "en": "Stopped. Notes from phones: {notes}, queued: {queued}",
    },
    "cli_serve_session_gone": {
        "nb": "Økta finnes ikke lenger; serveren stopper",
        "nn": "Økta finst ikkje lenger; tenaren stoppar",
        "en": "The session no longer exists; the server stops",
    },
    # --- the moderation queue on the command line, phone notes in the minutes, join cards ---
    "note_not_from_phone": {
        "nb": "Lappen «{ref}» kom ikke fra en mobil og kan ikke sendes til køen",
        "nn": "Lappen «{ref}» kom ikkje frå ein mobil og kan ikkje sendast til køen",
        "en": "Note “{ref}” did not come from a phone and cannot go to the queue",
    },
    "cli_help_queue": {
        "nb": "List lappene fra mobiler som venter i køen, eller godkjenn eller avvis én",
        "nn": "List lappane frå mobilar som ventar i køen, eller godkjenn eller avvis éin",
        "en": "List the phone notes waiting in the queue, or approve or reject one",
    },
    "cli_help_queue_approve": {
        "nb": "sett den ventende lappen ID på tavla (skriver lappens UUID)",
        "nn": "set den ventande lappen ID på tavla (skriv UUID-en til lappen)",
        "en": "put the waiting note ID on the board (prints the note's UUID)",
    },
    "cli_help_queue_text": {
        "nb": "med --approve: rett teksten først",
        "nn": "med --approve: rett teksten først",
        "en": "with --approve: correct the text first",
    },
    "cli_help_queue_reject": {
        "nb": "slett den ventende lappen ID for godt",
        "nn": "slett den ventande lappen ID for godt",
        "en": "delete the waiting note ID for good",
    },
    "cli_queue_text_needs_approve": {
        "nb": "--text brukes sammen med --approve",
        "nn": "--text blir brukt saman med --approve",
        "en": "--text goes with --approve",
    },
    "cli_queue_empty": {
        "nb": "Ingen lapper venter i køen",
        "nn": "Ingen lappar ventar i køen",
        "en": "No notes are waiting in the queue",
    },
    "cli_queue_rejected": {
        "nb": "Avvist og slettet for godt",
        "nn": "Avvist og sletta for godt",
        "en": "Rejected and deleted for good",
    },
    "pdf_from_phone": {
        "nb": "fra mobil",
        "nn": "frå mobil",
        "en": "from a phone",
    },
    "cards_title": {
        "nb": "Kort for å bli med fra mobilen",
        "nn": "Kort for å bli med frå mobilen",
        "en": "Cards for joining from a phone",
    },
    "cards_subject": {
        "nb": "Kort med QR-kode, adresse og romkode for «{title}»",
        "nn": "Kort med QR-kode, adresse og romkode for «{title}»",
        "en": "Cards with the QR code, address and room code for “{title}”",
    },
    "cards_heading": {
        "nb": "Skriv og stem fra mobilen",
        "nn": "Skriv og stem frå mobilen",
        "en": "Write and vote from your phone",
    },
    "cards_wifi": {
        "nb": "1. Koble til nettet:",
        "nn": "1. Kopla til nettet:",
        "en": "1. Join the network:",
    },
    "cards_scan": {
        "nb": "2. Skann koden, eller skriv inn adressen:",
        "nn": "2. Skann koden, eller skriv inn adressa:",
        "en": "2. Scan the code, or type the address:",
    },
    "cards_code": {
        "nb": "Romkode: {code}",
        "nn": "Romkode: {code}",
        "en": "Room code: {code}",
    },
    "cards_stay": {
        "nb": "Sier mobilen «ingen Internett»? Velg å være tilkoblet, eller slå av mobildata.",
        "nn": "Seier mobilen «ikkje Internett»? Vel å vere tilkopla, eller slå av mobildata.",
        "en": "Phone says “no internet”? Choose to stay connected, or turn off mobile data.",
    },
    "cards_anonymous": {
        "nb": "Ingen app, ingen konto. Navn og adresser lagres ikke.",
        "nn": "Ingen app, ingen konto. Namn og adresser blir ikkje lagra.",
        "en": "No app, no account. No names or addresses are stored.",
    },
    "cards_footer": {
        "nb": "Verksted – klipp langs de stiplede linjene",
        "nn": "Verksted – klipp langs dei stipla linjene",
        "en": "Verksted – cut along the dashed lines",
    },
    # --- approved minutes (review cycle) ---
    "session_locked": {
        "nb": "Referatet for «{title}» er godkjent (versjon {version}, {by}, {at}) og er låst; "
        "gjenåpne det med en begrunnelse for å endre noe",
        "nn": "Referatet for «{title}» er godkjent (versjon {version}, {by}, {at}) og er låst; "
        "gjenopna det med ei grunngiving for å endre noko",
        "en": "The minutes of “{title}” are approved (version {version}, {by}, {at}) and locked; "
        "reopen them with a reason to change anything",
    },
    "approval_already": {
        "nb": "Referatet for «{title}» er allerede godkjent (versjon {version}); gjenåpne det "
        "først",
        "nn": "Referatet for «{title}» er alt godkjent (versjon {version}); gjenopna det først",
        "en": "The minutes of “{title}” are already approved (version {version}); reopen them "
        "first",
    },
    "approval_not_approved": {
        "nb": "Referatet for «{title}» er ikke godkjent, så det er ingenting å gjenåpne",
        "nn": "Referatet for «{title}» er ikkje godkjent, så det er ingenting å gjenopne",
        "en": "The minutes of “{title}” are not approved, so there is nothing to reopen",
    },
    "approval_changed_meanwhile": {
        "nb": "«{title}» ble endret mens referatet ble skrevet; ingenting er godkjent. Prøv igjen",
        "nn": "«{title}» vart endra medan referatet vart skrive; ingenting er godkjent. Prøv igjen",
        "en": "“{title}” changed while the minutes were written; nothing is approved. Try again",
    },
    "approval_name_missing": {
        "nb": "Skriv navnet på den som godkjenner referatet",
        "nn": "Skriv namnet på den som godkjenner referatet",
        "en": "Give the name of the person approving the minutes",
    },
    "approval_reason_missing": {
        "nb": "Skriv hvorfor referatet gjenåpnes",
        "nn": "Skriv kvifor referatet blir gjenopna",
        "en": "Give the reason for reopening the minutes",
    },
    "approval_version_not_found": {
        "nb": "«{title}» har ingen godkjent versjon {version}",
        "nn": "«{title}» har ingen godkjend versjon {version}",
        "en": "“{title}” has no approved version {version}",
    },
    "pending_from_team": {
        "nb": "teambiblioteket",
        "nn": "teambiblioteket",
        "en": "the team library",
    },
    "cli_help_approve": {
        "nb": "godkjenn referatet til en økt (PDF/A-2a, låser økten)",
        "nn": "godkjenn referatet til ei økt (PDF/A-2a, låser økta)",
        "en": "approve a session's minutes (PDF/A-2a; locks the session)",
    },
    "cli_help_approve_by": {
        "nb": "hvem som godkjenner",
        "nn": "kven som godkjenner",
        "en": "who approves",
    },
    "cli_help_approve_pdf": {
        "nb": "skriv også det godkjente referatet hit",
        "nn": "skriv også det godkjende referatet hit",
        "en": "also write the approved minutes here",
    },
    "cli_help_reopen": {
        "nb": "gjenåpne et godkjent referat (neste godkjenning blir en ny versjon)",
        "nn": "gjenopna eit godkjent referat (neste godkjenning blir ein ny versjon)",
        "en": "reopen approved minutes (the next approval is a new version)",
    },
    "cli_help_reopen_reason": {
        "nb": "hvorfor referatet gjenåpnes (står i neste versjon)",
        "nn": "kvifor referatet blir gjenopna (står i neste versjon)",
        "en": "why the minutes are reopened (shown in the next version)",
    },
    "cli_help_reopen_by": {
        "nb": "hvem som gjenåpner",
        "nn": "kven som gjenopnar",
        "en": "who reopens",
    },
    "cli_approved": {
        "nb": "Godkjent: «{title}», versjon {version}, av {by} (SHA-256 {sha256})",
        "nn": "Godkjent: «{title}», versjon {version}, av {by} (SHA-256 {sha256})",
        "en": "Approved: “{title}”, version {version}, by {by} (SHA-256 {sha256})",
    },
    "cli_reopened": {
        "nb": "Gjenåpnet: «{title}»; neste godkjenning blir versjon {version}",
        "nn": "Gjenopna: «{title}»; neste godkjenning blir versjon {version}",
        "en": "Reopened: “{title}”; the next approval will be version {version}",
    },
    "cli_pending_taken_in": {
        "nb": "Tok inn {n} ventende endring(er) fra andre kopier",
        "nn": "Tok inn {n} ventande endring(ar) frå andre kopiar",
        "en": "Took in {n} pending change(s) from other copies",
    },
    "cli_show_approved": {
        "nb": "Godkjent versjon {version}: {by}, {at} (SHA-256 {sha256})",
        "nn": "Godkjend versjon {version}: {by}, {at} (SHA-256 {sha256})",
        "en": "Approved version {version}: {by}, {at} (SHA-256 {sha256})",
    },
    "cli_show_reopened": {
        "nb": "  gjenåpnet {at}: {reason}",
        "nn": "  gjenopna {at}: {reason}",
        "en": "  reopened {at}: {reason}",
    },
    "cli_show_locked": {
        "nb": "Låst: referatet er godkjent",
        "nn": "Låst: referatet er godkjent",
        "en": "Locked: the minutes are approved",
    },
    "cli_show_pending": {
        "nb": "Venter fra {source}, {at}: lapper {nn} nye, {nu} endret; annet {on} nytt, {ou} "
        "endret; tekstkonflikter: {conflicts}",
        "nn": "Ventar frå {source}, {at}: lappar {nn} nye, {nu} endra; anna {on} nytt, {ou} "
        "endra; tekstkonfliktar: {conflicts}",
        "en": "Waiting from {source}, {at}: notes {nn} new, {nu} updated; other {on} new, {ou} "
        "updated; text conflicts: {conflicts}",
    },
    "minutes_revised": {
        "nb": "Revidert referat, versjon {version}",
        "nn": "Revidert referat, versjon {version}",
        "en": "Revised minutes, version {version}",
    },
    "minutes_revised_draft": {
        "nb": "Utkast til revidert referat, versjon {version}",
        "nn": "Utkast til revidert referat, versjon {version}",
        "en": "Draft of revised minutes, version {version}",
    },
    "minutes_revision_previous": {
        "nb": "Versjon {previous} ble godkjent av {by} {at} og gjenåpnet {reopened}.",
        "nn": "Versjon {previous} vart godkjend av {by} {at} og gjenopna {reopened}.",
        "en": "Version {previous} was approved by {by} on {at} and reopened on {reopened}.",
    },
    "minutes_revision_reason": {
        "nb": "Begrunnelse: {reason}",
        "nn": "Grunngiving: {reason}",
        "en": "Reason: {reason}",
    },
    "minutes_revision_changes": {
        "nb": "Endret siden versjon {previous}",
        "nn": "Endra sidan versjon {previous}",
        "en": "Changed since version {previous}",
    },
    "minutes_revision_none": {
        "nb": "Ingen innspill, prinsipper eller stemmer er endret siden versjon {previous}.",
        "nn": "Ingen innspel, prinsipp eller stemmer er endra sidan versjon {previous}.",
        "en": "No inputs, principles or votes have changed since version {previous}.",
    },
    "minutes_change_added": {
        "nb": "Nye innspill",
        "nn": "Nye innspel",
        "en": "Inputs added",
    },
    "minutes_change_changed": {
        "nb": "Endret tekst",
        "nn": "Endra tekst",
        "en": "Text changed",
    },
    "minutes_change_removed": {
        "nb": "Fjernede innspill",
        "nn": "Fjerna innspel",
        "en": "Inputs removed",
    },
    "minutes_change_tags": {
        "nb": "Endrede prinsipper og fokusområder",
        "nn": "Endra prinsipp og fokusområde",
        "en": "Principles and focus areas changed",
    },
    "minutes_change_votes": {
        "nb": "Endrede stemmer",
        "nn": "Endra stemmer",
        "en": "Votes changed",
    },
    "minutes_change_clusters": {
        "nb": "Endret klynge",
        "nn": "Endra klynge",
        "en": "Cluster changed",
    },
    "minutes_change_details": {
        "nb": "Endrede opplysninger om økten",
        "nn": "Endra opplysningar om økta",
        "en": "Session details changed",
    },
    "minutes_change_number": {
        "nb": "Innspill {n}",
        "nn": "Innspel {n}",
        "en": "Input {n}",
    },
    "minutes_change_was": {
        "nb": "før: {before}",
        "nn": "før: {before}",
        "en": "before: {before}",
    },
    "minutes_change_none_value": {
        "nb": "ingen",
        "nn": "ingen",
        "en": "none",
    },
    "minutes_change_title": {
        "nb": "Tittel",
        "nn": "Tittel",
        "en": "Title",
    },
    "minutes_change_principle": {
        "nb": "prinsipp {n}",
        "nn": "prinsipp {n}",
        "en": "principle {n}",
    },
    "cli_unpack_pending": {
        "nb": "Referatet for «{title}» er godkjent: endringene venter og tas inn når det gjenåpnes",
        "nn": "Referatet for «{title}» er godkjent: endringane ventar og blir tekne inn når det "
        "blir gjenopna",
        "en": "The minutes of “{title}” are approved: the changes wait and are taken in when "
        "they are reopened",
    },
    "sync_held": {
        "nb": "{n} økt(er) med godkjent referat fikk endringer som venter til referatet gjenåpnes",
        "nn": "{n} økt(er) med godkjent referat fekk endringar som ventar til referatet blir "
        "gjenopna",
        "en": "{n} session(s) with approved minutes got changes that wait until the minutes are "
        "reopened",
    },
    "cli_help_approved": {
        "nb": "skriv et godkjent referat slik det er lagret i biblioteket (samme SHA-256)",
        "nn": "skriv eit godkjent referat slik det er lagra i biblioteket (same SHA-256)",
        "en": "write approved minutes as kept in the library (the same SHA-256)",
    },
    "cli_help_approved_version": {
        "nb": "hvilken versjon (standard: den siste)",
        "nn": "kva versjon (standard: den siste)",
        "en": "which version (default: the latest)",
    },
}
