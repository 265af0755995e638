<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/agenda_editor.py" line="+1087"/>
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
        <location filename="../../workshop/ui/board/items.py" line="+252"/>
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n vote)</numerusform>
            <numerusform>(%n votes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/run/commands.py" line="+103"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/run/run_view.py" line="+682"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/sessions_page.py" line="+200"/>
        <location line="+36"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete “%1” with its %n note(s)? You can undo this (Ctrl+Z) until Verksted closes; then it is deleted for good.</source>
        <translation>
            <numerusform>Delete “%1” with its %n note? You can undo this (Ctrl+Z) until Verksted closes; then it is deleted for good.</numerusform>
            <numerusform>Delete “%1” with its %n notes? You can undo this (Ctrl+Z) until Verksted closes; then it is deleted for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
