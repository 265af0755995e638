<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/actions_view.py" line="+444"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/agenda/editor.py" line="+310"/>
        <source>“%1” has %n note(s). Remove the step? The notes stay in the session, no longer tied to a step.</source>
        <translation>
            <numerusform>“%1” has %n note. Remove the step? The note stays in the session, no longer tied to a step.</numerusform>
            <numerusform>“%1” has %n notes. Remove the step? The notes stay in the session, no longer tied to a step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/board/items.py" line="+367"/>
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n vote)</numerusform>
            <numerusform>(%n votes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardSpeech</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/board/accessible.py" line="+167"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+135"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/commands/notes.py" line="+71"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) deleted</source>
        <translation>
            <numerusform>%n note deleted</numerusform>
            <numerusform>%n notes deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/commands/board.py" line="+90"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/commands/phones.py" line="+26"/>
        <source>Approve %n note(s) from phones</source>
        <translation>
            <numerusform>Approve %n note from a phone</numerusform>
            <numerusform>Approve %n notes from phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Reject %n note(s) from phones</source>
        <translation>
            <numerusform>Reject %n note from a phone</numerusform>
            <numerusform>Reject %n notes from phones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/conflicts_dialog.py" line="+235"/>
        <source>Note #%1 has %n version(s):</source>
        <translation>
            <numerusform>Note #%1 has %n version:</numerusform>
            <numerusform>Note #%1 has %n versions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n conflict(s) left.</source>
        <translation>
            <numerusform>%n conflict left.</numerusform>
            <numerusform>%n conflicts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/export_dialog.py" line="+150"/>
        <source>%n note(s) have text changed on two computers and not yet settled (Session → Text conflicts…). The minutes show both texts.</source>
        <translation>
            <numerusform>%n note has text changed on two computers and not yet settled (Session → Text conflicts…). The minutes show both texts.</numerusform>
            <numerusform>%n notes have text changed on two computers and not yet settled (Session → Text conflicts…). The minutes show both texts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/approval_dialog.py" line="+324"/>
        <source>%n change(s) from other copies wait to be taken in.</source>
        <translation>
            <numerusform>%n change from other copies waits to be taken in.</numerusform>
            <numerusform>%n changes from other copies wait to be taken in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindowSessionActions</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/window/session_actions.py" line="+237"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Exported %n note to %1</numerusform>
            <numerusform>Exported %n notes to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n note(s) in “%1” were changed on two computers. Choose the text to keep now?</source>
        <translation>
            <numerusform>%n note in “%1” was changed on two computers. Choose the text to keep now?</numerusform>
            <numerusform>%n notes in “%1” were changed on two computers. Choose the text to keep now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/action_dialog.py" line="+225"/>
        <source>Link the whole cluster “%1” (%n note(s))</source>
        <translation>
            <numerusform>Link the whole cluster “%1” (%n note)</numerusform>
            <numerusform>Link the whole cluster “%1” (%n notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewExports</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/overview/exports.py" line="+82"/>
        <source>Saved %n table(s) to %1</source>
        <translation>
            <numerusform>Saved %n table to %1</numerusform>
            <numerusform>Saved %n tables to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/overview/view.py" line="+270"/>
        <source>%n session(s) without a date not counted</source>
        <translation>
            <numerusform>%n session without a date not counted</numerusform>
            <numerusform>%n sessions without a date not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>of 5 · %n rating(s)</source>
        <translation>
            <numerusform>of 5 · %n rating</numerusform>
            <numerusform>of 5 · %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n without any input</source>
        <translation>
            <numerusform>%n without any input</numerusform>
            <numerusform>%n without any input</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhonesBar</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/phones/bar.py" line="+112"/>
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n phone</numerusform>
            <numerusform>%n phones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterBoard</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/presenter_board.py" line="+177"/>
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n vote)</numerusform>
            <numerusform>(%n votes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/presenter.py" line="+191"/>
        <source>%n note(s) written so far. They appear here when the facilitator reveals them.</source>
        <translation>
            <numerusform>%n note written so far. It appears here when the facilitator reveals it.</numerusform>
            <numerusform>%n notes written so far. They appear here when the facilitator reveals them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/run/rating.py" line="+360"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/approval_dialog.py" line="-90"/>
        <source>%n change(s) from other copies of the session waited while the minutes were approved; they are taken in now.</source>
        <translation>
            <numerusform>%n change from other copies of the session waited while the minutes were approved; it is taken in now.</numerusform>
            <numerusform>%n changes from other copies of the session waited while the minutes were approved; they are taken in now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomTexts</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/run/room.py" line="+27"/>
        <source>%n vote(s) each</source>
        <translation>
            <numerusform>%n vote each</numerusform>
            <numerusform>%n votes each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/run/run_view.py" line="+284"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/session_files.py" line="+188"/>
        <source>%n note(s) will have a text conflict to resolve afterwards.</source>
        <translation>
            <numerusform>%n note will have a text conflict to resolve afterwards.</numerusform>
            <numerusform>%n notes will have a text conflict to resolve afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/sessions_page.py" line="+233"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Delete “%1” with its %n note(s)? You can undo this (Ctrl+Z) until Verksted closes; then it is deleted for good.</source>
        <translation>
            <numerusform>Delete “%1” with its %n note? You can undo this (Ctrl+Z) until Verksted closes; then it is deleted for good.</numerusform>
            <numerusform>Delete “%1” with its %n notes? You can undo this (Ctrl+Z) until Verksted closes; then it is deleted for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypeInBar</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/run/type_in.py" line="+96"/>
        <source>%n note(s) typed in from paper</source>
        <translation>
            <numerusform>%n note typed in from paper</numerusform>
            <numerusform>%n notes typed in from paper</numerusform>
        </translation>
    </message>
</context>
</TS>
