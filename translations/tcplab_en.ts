<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EventExplainer</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>seen at the %1</source>
        <translation>seen at the %1</translation>
    </message>
    <message>
        <source>seen at the %1; the %2&apos;s side is inferred</source>
        <translation>seen at the %1; the %2&apos;s side is inferred</translation>
    </message>
    <message>
        <source>not seen: what the %1&apos;s application could read, from the segments that arrived</source>
        <translation>not seen: what the %1&apos;s application could read, from the segments that arrived</translation>
    </message>
    <message>
        <source>not seen: the gap before the %1&apos;s retransmission, as the capture measured it</source>
        <translation>not seen: the gap before the %1&apos;s retransmission, as the capture measured it</translation>
    </message>
</context>
<context>
    <name>FaultRuleDialog</name>
    <message>
        <source>Add a fault rule</source>
        <translation>Add a fault rule</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Segments of kind</source>
        <translation>Segments of kind</translation>
    </message>
    <message>
        <source>Which one (counting retransmissions)</source>
        <translation>Which one (counting retransmissions)</translation>
    </message>
    <message>
        <source>What happens to it</source>
        <translation>What happens to it</translation>
    </message>
    <message>
        <source>Extra delay (ms)</source>
        <translation>Extra delay (ms)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TCP State Lab</source>
        <translation>TCP State Lab</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Skip idle time</source>
        <translation>Skip idle time</translation>
    </message>
    <message>
        <source>Timeline: drag to rewind or jump; the run is replayed exactly</source>
        <translation>Timeline: drag to rewind or jump; the run is replayed exactly</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Open scenario…</translation>
    </message>
    <message>
        <source>&amp;Save as scenario…</source>
        <translation>&amp;Save as scenario…</translation>
    </message>
    <message>
        <source>Export diagrams as &amp;PNG…</source>
        <translation>Export diagrams as &amp;PNG…</translation>
    </message>
    <message>
        <source>Export diagrams as S&amp;VG…</source>
        <translation>Export diagrams as S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Step to the next event</source>
        <translation>Step to the next event</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the previous event (replays the run)</source>
        <translation>Back to the previous event (replays the run)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Back to time 0; parameter changes take effect</source>
        <translation>Back to time 0; parameter changes take effect</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Add a fault rule…</source>
        <translation>Add a fault rule…</translation>
    </message>
    <message>
        <source>Clear hand edits</source>
        <translation>Clear hand edits</translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation>Classroom mode</translation>
    </message>
    <message>
        <source>Full screen, large fonts, high contrast</source>
        <translation>Full screen, large fonts, high contrast</translation>
    </message>
    <message>
        <source>Cross long waits with nothing on the wire (a 240 s TIME_WAIT) in a few seconds</source>
        <translation>Cross long waits with nothing on the wire (a 240 s TIME_WAIT) in a few seconds</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>States, transitions and parameters…</source>
        <translation>States, transitions and parameters…</translation>
    </message>
</context>
<context>
    <name>MissionRuleText</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>either peer</source>
        <translation>either peer</translation>
    </message>
    <message>
        <source>a segment</source>
        <translation>a segment</translation>
    </message>
    <message>
        <source>a segment with %1</source>
        <translation>a segment with %1</translation>
    </message>
    <message>
        <source>%1&apos;s application reads data</source>
        <translation>%1&apos;s application reads data</translation>
    </message>
    <message>
        <source>%1&apos;s application reads %2</source>
        <translation>%1&apos;s application reads %2</translation>
    </message>
    <message>
        <source>%1&apos;s application gets an error</source>
        <translation>%1&apos;s application gets an error</translation>
    </message>
    <message>
        <source>%1&apos;s application gets the error %2</source>
        <translation>%1&apos;s application gets the error %2</translation>
    </message>
    <message>
        <source>%1&apos;s application reads EOF, the end of the stream</source>
        <translation>%1&apos;s application reads EOF, the end of the stream</translation>
    </message>
    <message>
        <source>%1&apos;s application is told the connection was reset</source>
        <translation>%1&apos;s application is told the connection was reset</translation>
    </message>
    <message>
        <source>%1&apos;s connect() succeeds</source>
        <translation>%1&apos;s connect() succeeds</translation>
    </message>
    <message>
        <source>%1&apos;s connection times out and its application gets ETIMEDOUT</source>
        <translation>%1&apos;s connection times out and its application gets ETIMEDOUT</translation>
    </message>
    <message>
        <source>%1&apos;s application hears of something</source>
        <translation>%1&apos;s application hears of something</translation>
    </message>
    <message>
        <source>%1&apos;s application hears %2</source>
        <translation>%1&apos;s application hears %2</translation>
    </message>
    <message>
        <source>%1 goes from %2 to %3</source>
        <translation>%1 goes from %2 to %3</translation>
    </message>
    <message>
        <source>%1 enters %2</source>
        <translation>%1 enters %2</translation>
    </message>
    <message>
        <source>%1 leaves %2</source>
        <translation>%1 leaves %2</translation>
    </message>
    <message>
        <source>%1 changes state</source>
        <translation>%1 changes state</translation>
    </message>
    <message>
        <source>%1, because of %2</source>
        <translation>%1, because of %2</translation>
    </message>
    <message>
        <source>a SYN</source>
        <translation>a SYN</translation>
    </message>
    <message>
        <source>%1 of connection %2</source>
        <translation>%1 of connection %2</translation>
    </message>
    <message>
        <source>a fault rule drops %1 on its way to %2</source>
        <translation>a fault rule drops %1 on its way to %2</translation>
    </message>
    <message>
        <source>%1 drops %2 because its backlog is full</source>
        <translation>%1 drops %2 because its backlog is full</translation>
    </message>
    <message>
        <source>%1 is dropped at %2</source>
        <translation>%1 is dropped at %2</translation>
    </message>
    <message>
        <source>%1 is dropped at %2 (reason %3)</source>
        <translation>%1 is dropped at %2 (reason %3)</translation>
    </message>
    <message>
        <source>an old duplicate is refused by %1&apos;s newer connection</source>
        <translation>an old duplicate is refused by %1&apos;s newer connection</translation>
    </message>
    <message>
        <source>an old duplicate of connection %2 is refused by %1&apos;s newer connection</source>
        <translation>an old duplicate of connection %2 is refused by %1&apos;s newer connection</translation>
    </message>
    <message>
        <source>an old duplicate is accepted by %1&apos;s newer connection</source>
        <translation>an old duplicate is accepted by %1&apos;s newer connection</translation>
    </message>
    <message>
        <source>an old duplicate of connection %2 is accepted by %1&apos;s newer connection</source>
        <translation>an old duplicate of connection %2 is accepted by %1&apos;s newer connection</translation>
    </message>
    <message>
        <source>an old duplicate reaches %1&apos;s newer connection</source>
        <translation>an old duplicate reaches %1&apos;s newer connection</translation>
    </message>
    <message>
        <source>%1 sends %2</source>
        <translation>%1 sends %2</translation>
    </message>
    <message>
        <source>%1 arrives at %2</source>
        <translation>%1 arrives at %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 timer fires</source>
        <translation>%1&apos;s %2 timer fires</translation>
    </message>
    <message>
        <source>%1&apos;s %2 timer: %3</source>
        <translation>%1&apos;s %2 timer: %3</translation>
    </message>
    <message>
        <source>%1 notes %2</source>
        <translation>%1 notes %2</translation>
    </message>
    <message>
        <source>a %1 event of %2</source>
        <translation>a %1 event of %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>exactly once</source>
        <translation>exactly once</translation>
    </message>
    <message numerus="yes">
        <source>exactly %n times</source>
        <translation>
            <numerusform>exactly %n time</numerusform>
            <numerusform>exactly %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>at least once</source>
        <translation>at least once</translation>
    </message>
    <message numerus="yes">
        <source>at least %n times</source>
        <translation>
            <numerusform>at least %n time</numerusform>
            <numerusform>at least %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>at most once</source>
        <translation>at most once</translation>
    </message>
    <message numerus="yes">
        <source>at most %n times</source>
        <translation>
            <numerusform>at most %n time</numerusform>
            <numerusform>at most %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 goes through exactly %2</source>
        <translation>%1 goes through exactly %2</translation>
    </message>
    <message>
        <source>%1 ends in %2</source>
        <translation>%1 ends in %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what happens (how often)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MissionText</name>
    <message>
        <source>so far %1</source>
        <translation>so far %1</translation>
    </message>
    <message>
        <source>no state change yet</source>
        <translation>no state change yet</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>now %1</translation>
    </message>
    <message>
        <source>the profile (Parameters)</source>
        <translation>the profile (Parameters)</translation>
    </message>
    <message>
        <source>every parameter (Parameters)</source>
        <translation>every parameter (Parameters)</translation>
    </message>
    <message>
        <source>what the applications do (their steps, the buttons under the diagrams)</source>
        <translation>what the applications do (their steps, the buttons under the diagrams)</translation>
    </message>
    <message>
        <source>what the network does to segments (click a segment, or Run → Add a fault rule)</source>
        <translation>what the network does to segments (click a segment, or Run → Add a fault rule)</translation>
    </message>
    <message>
        <source>how long the run lasts</source>
        <translation>how long the run lasts</translation>
    </message>
    <message>
        <source>%1 (Parameters)</source>
        <translation>%1 (Parameters)</translation>
    </message>
    <message>
        <source>%1.* (Parameters)</source>
        <translation>%1.* (Parameters)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>profile = %1</source>
        <translation>profile = %1</translation>
    </message>
    <message>
        <source>the applications&apos; steps</source>
        <translation>the applications&apos; steps</translation>
    </message>
    <message>
        <source>the network&apos;s faults</source>
        <translation>the network&apos;s faults</translation>
    </message>
</context>
<context>
    <name>ReceivedStream</name>
    <message>
        <source>[%1 bytes]</source>
        <translation>[%1 bytes]</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>conn %1:</source>
        <translation>conn %1:</translation>
    </message>
    <message>
        <source>(stray from the old connection!)</source>
        <translation>(stray from the old connection!)</translation>
    </message>
    <message>
        <source>EOF</source>
        <translation>EOF</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connection reset</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message numerus="yes">
        <source>%n more piece(s)</source>
        <translation>
            <numerusform>%n more piece</numerusform>
            <numerusform>%n more pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%1 bytes in %n pieces]</source>
        <translation>
            <numerusform>[%1 bytes in %n piece]</numerusform>
            <numerusform>[%1 bytes in %n pieces]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentInspector</name>
    <message>
        <source>not yet set (no loss so far)</source>
        <translation>not yet set (no loss so far)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Sender&apos;s window</source>
        <translation>Sender&apos;s window</translation>
    </message>
    <message>
        <source>cwnd %1 bytes, ssthresh %2, in flight %3 bytes</source>
        <translation>cwnd %1 bytes, ssthresh %2, in flight %3 bytes</translation>
    </message>
    <message>
        <source>SEG.LEN &gt; 0 and RCV.WND = 0: never acceptable → false</source>
        <translation>SEG.LEN &gt; 0 and RCV.WND = 0: never acceptable → false</translation>
    </message>
    <message>
        <source>acceptable: %1</source>
        <translation>acceptable: %1</translation>
    </message>
    <message>
        <source>false (a duplicate ACK, harmless)</source>
        <translation>false (a duplicate ACK, harmless)</translation>
    </message>
    <message>
        <source>stray, accepted</source>
        <translation>stray, accepted</translation>
    </message>
    <message>
        <source>stray, rejected</source>
        <translation>stray, rejected</translation>
    </message>
    <message>
        <source>dropped (%1)</source>
        <translation>dropped (%1)</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>in flight</translation>
    </message>
    <message>
        <source>Segment #%1 from the %2</source>
        <translation>Segment #%1 from the %2</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>%1 (relative %2)</source>
        <translation>%1 (relative %2)</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>%1 bytes (sequence space %2)</source>
        <translation>%1 bytes (sequence space %2)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>timestamps TSval=%1 TSecr=%2</source>
        <translation>timestamps TSval=%1 TSecr=%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Payload (text)</source>
        <translation>Payload (text)</translation>
    </message>
    <message>
        <source>Payload (hex)</source>
        <translation>Payload (hex)</translation>
    </message>
    <message>
        <source>Incarnation</source>
        <translation>Incarnation</translation>
    </message>
    <message>
        <source>%1 (connection number %1 on this 4-tuple)</source>
        <translation>%1 (connection number %1 on this 4-tuple)</translation>
    </message>
    <message>
        <source>Copy of</source>
        <translation>Copy of</translation>
    </message>
    <message>
        <source>segment #%1 (made by the network)</source>
        <translation>segment #%1 (made by the network)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Age at its end</source>
        <translation>Age at its end</translation>
    </message>
    <message>
        <source>%1 of MSL %2</source>
        <translation>%1 of MSL %2</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>What became of it</translation>
    </message>
    <message>
        <source>Dropped at %1: %2.</source>
        <translation>Dropped at %1: %2.</translation>
    </message>
    <message>
        <source>Delivered at %1.</source>
        <translation>Delivered at %1.</translation>
    </message>
    <message>
        <source>Still in flight.</source>
        <translation>Still in flight.</translation>
    </message>
    <message>
        <source>A stray from an older incarnation: ACCEPTED by the new connection.</source>
        <translation>A stray from an older incarnation: ACCEPTED by the new connection.</translation>
    </message>
    <message>
        <source>A stray from an older incarnation: rejected.</source>
        <translation>A stray from an older incarnation: rejected.</translation>
    </message>
    <message>
        <source>The acceptability test at the receiver (%1, RFC 9293 §3.10.7.4)</source>
        <translation>The acceptability test at the receiver (%1, RFC 9293 §3.10.7.4)</translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <source>passive OPEN</source>
        <translation>passive OPEN</translation>
    </message>
    <message>
        <source>create TCB</source>
        <translation>create TCB</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>CLOSE</translation>
    </message>
    <message>
        <source>delete TCB</source>
        <translation>delete TCB</translation>
    </message>
    <message>
        <source>active OPEN</source>
        <translation>active OPEN</translation>
    </message>
    <message>
        <source>create TCB, snd SYN</source>
        <translation>create TCB, snd SYN</translation>
    </message>
    <message>
        <source>rcv SYN</source>
        <translation>rcv SYN</translation>
    </message>
    <message>
        <source>snd SYN,ACK</source>
        <translation>snd SYN,ACK</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>rcv RST</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>snd SYN</source>
        <translation>snd SYN</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>rcv ACK of SYN</translation>
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation>rcv SYN,ACK</translation>
    </message>
    <message>
        <source>snd ACK</source>
        <translation>snd ACK</translation>
    </message>
    <message>
        <source>snd FIN</source>
        <translation>snd FIN</translation>
    </message>
    <message>
        <source>rcv FIN</source>
        <translation>rcv FIN</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>rcv ACK of FIN</translation>
    </message>
    <message>
        <source>Timeout=2MSL</source>
        <translation>Timeout=2MSL</translation>
    </message>
</context>
<context>
    <name>TeachingText</name>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds with a fraction</comment>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ms</source>
        <comment>milliseconds</comment>
        <translation>
            <numerusform>%Ln ms</numerusform>
            <numerusform>%Ln ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The states of TCP</source>
        <translation>The states of TCP</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>No connection exists: there is no transmission control block (TCB). CLOSED is the state before a socket is opened and after it has been deleted.</source>
        <translation>No connection exists: there is no transmission control block (TCB). CLOSED is the state before a socket is opened and after it has been deleted.</translation>
    </message>
    <message>
        <source>Every socket starts here. A connection comes back here when it ends normally (LAST_ACK receives its ACK, TIME_WAIT expires) or abnormally (RST, abort, retry limit, keepalive give-up, FIN_WAIT_2 orphan timeout).</source>
        <translation>Every socket starts here. A connection comes back here when it ends normally (LAST_ACK receives its ACK, TIME_WAIT expires) or abnormally (RST, abort, retry limit, keepalive give-up, FIN_WAIT_2 orphan timeout).</translation>
    </message>
    <message>
        <source>An application call: listen() (a passive OPEN) leads to LISTEN, connect() (an active OPEN) sends a SYN and leads to SYN_SENT. A segment that reaches no socket at all is answered with RST.</source>
        <translation>An application call: listen() (a passive OPEN) leads to LISTEN, connect() (an active OPEN) sends a SYN and leads to SYN_SENT. A segment that reaches no socket at all is answered with RST.</translation>
    </message>
    <message>
        <source>It does not end: the next OPEN creates a new TCB.</source>
        <translation>It does not end: the next OPEN creates a new TCB.</translation>
    </message>
    <message>
        <source>Nothing piles up in CLOSED because nothing is kept. What shows up instead are the RSTs the host sends for segments that match no socket, for example the late FIN of a peer whose orphaned FIN_WAIT_2 socket was already removed.</source>
        <translation>Nothing piles up in CLOSED because nothing is kept. What shows up instead are the RSTs the host sends for segments that match no socket, for example the late FIN of a peer whose orphaned FIN_WAIT_2 socket was already removed.</translation>
    </message>
    <message>
        <source>A server socket waits for connection requests on a local port. It has no peer yet.</source>
        <translation>A server socket waits for connection requests on a local port. It has no peer yet.</translation>
    </message>
    <message>
        <source>The server application calls listen() (a passive OPEN) in CLOSED. A connection that began in LISTEN and receives an RST in SYN_RECEIVED also returns here.</source>
        <translation>The server application calls listen() (a passive OPEN) in CLOSED. A connection that began in LISTEN and receives an RST in SYN_RECEIVED also returns here.</translation>
    </message>
    <message>
        <source>A SYN. Each SYN is answered with SYN,ACK and creates a new connection in SYN_RECEIVED while the listener itself stays in LISTEN. An RST is ignored; an ACK is answered with RST.</source>
        <translation>A SYN. Each SYN is answered with SYN,ACK and creates a new connection in SYN_RECEIVED while the listener itself stays in LISTEN. An RST is ignored; an ACK is answered with RST.</translation>
    </message>
    <message>
        <source>When the application closes the listening socket (to CLOSED). RFC 9293 also lets a SEND turn a listener into an active open (to SYN_SENT); the sockets API does not offer it.</source>
        <translation>When the application closes the listening socket (to CLOSED). RFC 9293 also lets a SEND turn a listener into an active open (to SYN_SENT); the sockets API does not offer it.</translation>
    </message>
    <message>
        <source>Listeners do not pile up, their half-open children do: when connections in SYN_RECEIVED fill the backlog, new SYNs are dropped, or answered with a SYN cookie when syncookies is on.</source>
        <translation>Listeners do not pile up, their half-open children do: when connections in SYN_RECEIVED fill the backlog, new SYNs are dropped, or answered with a SYN cookie when syncookies is on.</translation>
    </message>
    <message>
        <source>The client has sent its SYN (an active open) and waits for the server&apos;s SYN,ACK.</source>
        <translation>The client has sent its SYN (an active open) and waits for the server&apos;s SYN,ACK.</translation>
    </message>
    <message>
        <source>The client application calls connect() in CLOSED: TCP chooses an initial sequence number (ISN), sends a SYN and enters SYN_SENT.</source>
        <translation>The client application calls connect() in CLOSED: TCP chooses an initial sequence number (ISN), sends a SYN and enters SYN_SENT.</translation>
    </message>
    <message>
        <source>A SYN,ACK that acknowledges its SYN, or a bare SYN from a peer that is opening at the same moment (simultaneous open). While nothing comes, the SYN is retransmitted with growing intervals.</source>
        <translation>A SYN,ACK that acknowledges its SYN, or a bare SYN from a peer that is opening at the same moment (simultaneous open). While nothing comes, the SYN is retransmitted with growing intervals.</translation>
    </message>
    <message>
        <source>ESTABLISHED on a SYN,ACK (after sending the final ACK); SYN_RECEIVED on a bare SYN; CLOSED on an acceptable RST (connection refused: nobody listens), when syn_retries is used up (connection timed out), or when the application gives up.</source>
        <translation>ESTABLISHED on a SYN,ACK (after sending the final ACK); SYN_RECEIVED on a bare SYN; CLOSED on an acceptable RST (connection refused: nobody listens), when syn_retries is used up (connection timed out), or when the application gives up.</translation>
    </message>
    <message>
        <source>Many SYN_SENT sockets mean the server does not answer: a firewall drops the SYNs, the address is wrong, or the server&apos;s backlog is full. Each one holds an ephemeral port and keeps retransmitting its SYN until the retry budget runs out, so connect() hangs for minutes.</source>
        <translation>Many SYN_SENT sockets mean the server does not answer: a firewall drops the SYNs, the address is wrong, or the server&apos;s backlog is full. Each one holds an ephemeral port and keeps retransmitting its SYN until the retry budget runs out, so connect() hangs for minutes.</translation>
    </message>
    <message>
        <source>A SYN has been received and answered with SYN,ACK, but the final ACK of the three-way handshake has not arrived yet: a half-open connection.</source>
        <translation>A SYN has been received and answered with SYN,ACK, but the final ACK of the three-way handshake has not arrived yet: a half-open connection.</translation>
    </message>
    <message>
        <source>A listener receives a SYN (the server side of a normal open); a client in SYN_SENT receives a bare SYN (simultaneous open); or a TIME_WAIT socket accepts a new SYN for the same 4-tuple (RFC 6191).</source>
        <translation>A listener receives a SYN (the server side of a normal open); a client in SYN_SENT receives a bare SYN (simultaneous open); or a TIME_WAIT socket accepts a new SYN for the same 4-tuple (RFC 6191).</translation>
    </message>
    <message>
        <source>The ACK of its SYN. While it does not come, the SYN,ACK is retransmitted.</source>
        <translation>The ACK of its SYN. While it does not come, the SYN,ACK is retransmitted.</translation>
    </message>
    <message>
        <source>ESTABLISHED on that ACK; FIN_WAIT_1 if the application closes first; CLOSE_WAIT if the peer&apos;s FIN arrives; LISTEN on an RST when it came from a listener, CLOSED on an RST otherwise or when synack_retries is used up.</source>
        <translation>ESTABLISHED on that ACK; FIN_WAIT_1 if the application closes first; CLOSE_WAIT if the peer&apos;s FIN arrives; LISTEN on an RST when it came from a listener, CLOSED on an RST otherwise or when synack_retries is used up.</translation>
    </message>
    <message>
        <source>A SYN flood: forged or unanswered SYNs leave half-open connections that fill the listener&apos;s backlog, and the SYNs of real clients are dropped. SYN cookies answer without keeping any state, so the backlog cannot overflow.</source>
        <translation>A SYN flood: forged or unanswered SYNs leave half-open connections that fill the listener&apos;s backlog, and the SYNs of real clients are dropped. SYN cookies answer without keeping any state, so the backlog cannot overflow.</translation>
    </message>
    <message>
        <source>The connection is open: the handshake is complete and data flows in both directions.</source>
        <translation>The connection is open: the handshake is complete and data flows in both directions.</translation>
    </message>
    <message>
        <source>The client when the SYN,ACK arrives in SYN_SENT (it sends the final ACK); the server when that ACK arrives in SYN_RECEIVED; with SYN cookies, a listener creates the connection directly from a valid final ACK.</source>
        <translation>The client when the SYN,ACK arrives in SYN_SENT (it sends the final ACK); the server when that ACK arrives in SYN_RECEIVED; with SYN cookies, a listener creates the connection directly from a valid final ACK.</translation>
    </message>
    <message>
        <source>Data and acknowledgments in both directions, until one side closes: its own application calls close(), or a FIN arrives from the peer.</source>
        <translation>Data and acknowledgments in both directions, until one side closes: its own application calls close(), or a FIN arrives from the peer.</translation>
    </message>
    <message>
        <source>FIN_WAIT_1 when its application closes first (the active close); CLOSE_WAIT when the peer&apos;s FIN arrives first (the passive close); CLOSED on an RST, an abort, or when retransmissions or keepalive probes go unanswered.</source>
        <translation>FIN_WAIT_1 when its application closes first (the active close); CLOSE_WAIT when the peer&apos;s FIN arrives first (the passive close); CLOSED on an RST, an abort, or when retransmissions or keepalive probes go unanswered.</translation>
    </message>
    <message>
        <source>Many ESTABLISHED sockets are normal on a busy server. They become a problem when idle connections are never closed and no keepalive notices that the peer has crashed: each one then holds memory and a file descriptor for ever.</source>
        <translation>Many ESTABLISHED sockets are normal on a busy server. They become a problem when idle connections are never closed and no keepalive notices that the peer has crashed: each one then holds memory and a file descriptor for ever.</translation>
    </message>
    <message>
        <source>This side closed first (the active close): it has sent its FIN and waits for it to be acknowledged.</source>
        <translation>This side closed first (the active close): it has sent its FIN and waits for it to be acknowledged.</translation>
    </message>
    <message>
        <source>From ESTABLISHED or SYN_RECEIVED when the application calls close() or shutdown(SHUT_WR): TCP sends a FIN.</source>
        <translation>From ESTABLISHED or SYN_RECEIVED when the application calls close() or shutdown(SHUT_WR): TCP sends a FIN.</translation>
    </message>
    <message>
        <source>The ACK of its FIN, the peer&apos;s FIN, or both in one segment. While neither comes, the FIN is retransmitted.</source>
        <translation>The ACK of its FIN, the peer&apos;s FIN, or both in one segment. While neither comes, the FIN is retransmitted.</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 on the ACK of its FIN; CLOSING on the peer&apos;s FIN alone (simultaneous close); TIME_WAIT on FIN and ACK together; CLOSED on an RST or when data_retries is used up.</source>
        <translation>FIN_WAIT_2 on the ACK of its FIN; CLOSING on the peer&apos;s FIN alone (simultaneous close); TIME_WAIT on FIN and ACK together; CLOSED on an RST or when data_retries is used up.</translation>
    </message>
    <message>
        <source>Sockets stuck in FIN_WAIT_1 mean the peer no longer acknowledges: it has vanished, or its receive window is closed while data is still queued. Each one keeps retransmitting until the retry limit.</source>
        <translation>Sockets stuck in FIN_WAIT_1 mean the peer no longer acknowledges: it has vanished, or its receive window is closed while data is still queued. Each one keeps retransmitting until the retry limit.</translation>
    </message>
    <message>
        <source>Our FIN has been acknowledged, so our direction is closed. The peer may still send data; we wait for its FIN.</source>
        <translation>Our FIN has been acknowledged, so our direction is closed. The peer may still send data; we wait for its FIN.</translation>
    </message>
    <message>
        <source>From FIN_WAIT_1 when the ACK of our FIN arrives.</source>
        <translation>From FIN_WAIT_1 when the ACK of our FIN arrives.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN, which comes only when the peer&apos;s application calls close(). RFC 9293 sets no timer here.</source>
        <translation>The peer&apos;s FIN, which comes only when the peer&apos;s application calls close(). RFC 9293 sets no timer here.</translation>
    </message>
    <message>
        <source>TIME_WAIT when the peer&apos;s FIN arrives (it is acknowledged). An orphan, a socket whose application has already called close(), is removed when the FIN_WAIT_2 timeout (Linux tcp_fin_timeout) expires; a socket only half-closed with shutdown() waits for ever.</source>
        <translation>TIME_WAIT when the peer&apos;s FIN arrives (it is acknowledged). An orphan, a socket whose application has already called close(), is removed when the FIN_WAIT_2 timeout (Linux tcp_fin_timeout) expires; a socket only half-closed with shutdown() waits for ever.</translation>
    </message>
    <message>
        <source>The peer did not close: its application is stuck in CLOSE_WAIT. Orphaned sockets are removed after fin_wait_2_timeout_ms (%1 in the linux profile); the peer&apos;s late FIN then meets no socket and is answered with RST. This timeout does NOT shorten TIME_WAIT, which stays a fixed %2 on Linux.</source>
        <translation>The peer did not close: its application is stuck in CLOSE_WAIT. Orphaned sockets are removed after fin_wait_2_timeout_ms (%1 in the linux profile); the peer&apos;s late FIN then meets no socket and is answered with RST. This timeout does NOT shorten TIME_WAIT, which stays a fixed %2 on Linux.</translation>
    </message>
    <message>
        <source>The peer has closed its direction (its FIN arrived and was acknowledged). The local application has read end of file but has not called close() yet.</source>
        <translation>The peer has closed its direction (its FIN arrived and was acknowledged). The local application has read end of file but has not called close() yet.</translation>
    </message>
    <message>
        <source>From ESTABLISHED (or SYN_RECEIVED) when the peer&apos;s FIN arrives: TCP acknowledges it and reports end of file to the application.</source>
        <translation>From ESTABLISHED (or SYN_RECEIVED) when the peer&apos;s FIN arrives: TCP acknowledges it and reports end of file to the application.</translation>
    </message>
    <message>
        <source>The local application to call close(). TCP has no timer here: it can wait for ever.</source>
        <translation>The local application to call close(). TCP has no timer here: it can wait for ever.</translation>
    </message>
    <message>
        <source>LAST_ACK when the application closes (TCP sends its FIN); CLOSED on an RST or an abort.</source>
        <translation>LAST_ACK when the application closes (TCP sends its FIN); CLOSED on an RST or an abort.</translation>
    </message>
    <message>
        <source>The application did not close: a bug that forgets close() after reading end of file. These sockets never leave CLOSE_WAIT and leak file descriptors and memory until the process runs out of them. No TCP parameter shortens CLOSE_WAIT; only fixing or restarting the application frees them.</source>
        <translation>The application did not close: a bug that forgets close() after reading end of file. These sockets never leave CLOSE_WAIT and leak file descriptors and memory until the process runs out of them. No TCP parameter shortens CLOSE_WAIT; only fixing or restarting the application frees them.</translation>
    </message>
    <message>
        <source>Both sides closed at about the same time: we have sent our FIN and received the peer&apos;s, but our FIN is not acknowledged yet (a simultaneous close).</source>
        <translation>Both sides closed at about the same time: we have sent our FIN and received the peer&apos;s, but our FIN is not acknowledged yet (a simultaneous close).</translation>
    </message>
    <message>
        <source>From FIN_WAIT_1 when the peer&apos;s FIN arrives before the ACK of our FIN: the two FINs crossed in the network.</source>
        <translation>From FIN_WAIT_1 when the peer&apos;s FIN arrives before the ACK of our FIN: the two FINs crossed in the network.</translation>
    </message>
    <message>
        <source>The ACK of our FIN; the peer&apos;s FIN has already been acknowledged, and our FIN is retransmitted until the ACK comes.</source>
        <translation>The ACK of our FIN; the peer&apos;s FIN has already been acknowledged, and our FIN is retransmitted until the ACK comes.</translation>
    </message>
    <message>
        <source>TIME_WAIT when that ACK arrives: both sides closed actively, so both wait; CLOSED on an RST or when retransmissions give up.</source>
        <translation>TIME_WAIT when that ACK arrives: both sides closed actively, so both wait; CLOSED on an RST or when retransmissions give up.</translation>
    </message>
    <message>
        <source>CLOSING is short-lived. Many sockets in it mean the peer&apos;s ACKs are being lost and our FIN keeps being retransmitted.</source>
        <translation>CLOSING is short-lived. Many sockets in it mean the peer&apos;s ACKs are being lost and our FIN keeps being retransmitted.</translation>
    </message>
    <message>
        <source>The passive closer has sent its own FIN after the peer&apos;s and waits for the last ACK.</source>
        <translation>The passive closer has sent its own FIN after the peer&apos;s and waits for the last ACK.</translation>
    </message>
    <message>
        <source>From CLOSE_WAIT when the application calls close(): TCP sends a FIN.</source>
        <translation>From CLOSE_WAIT when the application calls close(): TCP sends a FIN.</translation>
    </message>
    <message>
        <source>The ACK of its FIN. The FIN is retransmitted until that ACK arrives.</source>
        <translation>The ACK of its FIN. The FIN is retransmitted until that ACK arrives.</translation>
    </message>
    <message>
        <source>CLOSED when the ACK arrives: the passive closer never enters TIME_WAIT. CLOSED too on an RST (for example from a peer that has already forgotten the connection) or when retransmissions give up.</source>
        <translation>CLOSED when the ACK arrives: the passive closer never enters TIME_WAIT. CLOSED too on an RST (for example from a peer that has already forgotten the connection) or when retransmissions give up.</translation>
    </message>
    <message>
        <source>Many LAST_ACK sockets mean the last ACKs are lost or the peer is gone: each one retransmits its FIN until the retry limit. If the peer has no TIME_WAIT left, that FIN is answered with RST instead of an ACK.</source>
        <translation>Many LAST_ACK sockets mean the last ACKs are lost or the peer is gone: each one retransmits its FIN until the retry limit. If the peer has no TIME_WAIT left, that FIN is answered with RST instead of an ACK.</translation>
    </message>
    <message>
        <source>The active closer has acknowledged the peer&apos;s FIN and keeps the memory of the connection for 2×MSL before deleting it.</source>
        <translation>The active closer has acknowledged the peer&apos;s FIN and keeps the memory of the connection for 2×MSL before deleting it.</translation>
    </message>
    <message>
        <source>The side that closed first: from FIN_WAIT_2 when the peer&apos;s FIN arrives, from CLOSING when the ACK of its FIN arrives, or from FIN_WAIT_1 when FIN and ACK arrive together.</source>
        <translation>The side that closed first: from FIN_WAIT_2 when the peer&apos;s FIN arrives, from CLOSING when the ACK of its FIN arrives, or from FIN_WAIT_1 when FIN and ACK arrive together.</translation>
    </message>
    <message>
        <source>Time: 2×MSL, that is %1 with the MSL of %2 of RFC 9293 (Linux uses a fixed %3, the windows profile %4). A retransmitted FIN from the peer is acknowledged again and restarts the timer (RFC 9293 §3.10.7.4).</source>
        <translation>Time: 2×MSL, that is %1 with the MSL of %2 of RFC 9293 (Linux uses a fixed %3, the windows profile %4). A retransmitted FIN from the peer is acknowledged again and restarts the timer (RFC 9293 §3.10.7.4).</translation>
    </message>
    <message>
        <source>CLOSED when the timer expires. A new SYN for the same 4-tuple with a higher sequence number or a newer timestamp may start a new incarnation (to SYN_RECEIVED, RFC 6191). An RST ends it early (TIME_WAIT assassination, RFC 1337) unless rfc1337 is on.</source>
        <translation>CLOSED when the timer expires. A new SYN for the same 4-tuple with a higher sequence number or a newer timestamp may start a new incarnation (to SYN_RECEIVED, RFC 6191). An RST ends it early (TIME_WAIT assassination, RFC 1337) unless rfc1337 is on.</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Who reaches it, and how</source>
        <translation>Who reaches it, and how</translation>
    </message>
    <message>
        <source>What it waits for</source>
        <translation>What it waits for</translation>
    </message>
    <message>
        <source>How it ends</source>
        <translation>How it ends</translation>
    </message>
    <message>
        <source>When many sockets pile up here</source>
        <translation>When many sockets pile up here</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Waits for:&lt;/i&gt; %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Waits for:&lt;/i&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passive OPEN: the server application calls listen() and the socket waits for SYNs.</source>
        <translation>Passive OPEN: the server application calls listen() and the socket waits for SYNs.</translation>
    </message>
    <message>
        <source>Active OPEN: the client application calls connect(); TCP chooses an ISN and sends a SYN.</source>
        <translation>Active OPEN: the client application calls connect(); TCP chooses an ISN and sends a SYN.</translation>
    </message>
    <message>
        <source>A SYN arrives at the listener: TCP answers SYN,ACK and keeps a half-open connection.</source>
        <translation>A SYN arrives at the listener: TCP answers SYN,ACK and keeps a half-open connection.</translation>
    </message>
    <message>
        <source>A SEND on a listening socket turns it into an active open: TCP sends a SYN (allowed by the RFC, not offered by the sockets API).</source>
        <translation>A SEND on a listening socket turns it into an active open: TCP sends a SYN (allowed by the RFC, not offered by the sockets API).</translation>
    </message>
    <message>
        <source>SYN cookies: the final ACK carries a valid cookie, so the listener creates the connection directly without ever holding it in SYN_RECEIVED.</source>
        <translation>SYN cookies: the final ACK carries a valid cookie, so the listener creates the connection directly without ever holding it in SYN_RECEIVED.</translation>
    </message>
    <message>
        <source>The application closes the listening socket (or the host crashes): no more connections are accepted.</source>
        <translation>The application closes the listening socket (or the host crashes): no more connections are accepted.</translation>
    </message>
    <message>
        <source>Simultaneous open: a bare SYN arrives while our own SYN is unanswered; TCP answers SYN,ACK.</source>
        <translation>Simultaneous open: a bare SYN arrives while our own SYN is unanswered; TCP answers SYN,ACK.</translation>
    </message>
    <message>
        <source>The SYN,ACK acknowledges our SYN: TCP sends the final ACK of the three-way handshake.</source>
        <translation>The SYN,ACK acknowledges our SYN: TCP sends the final ACK of the three-way handshake.</translation>
    </message>
    <message>
        <source>An RST that acknowledges our SYN (connection refused), syn_retries used up (connection timed out), or the application gives up.</source>
        <translation>An RST that acknowledges our SYN (connection refused), syn_retries used up (connection timed out), or the application gives up.</translation>
    </message>
    <message>
        <source>The ACK of our SYN arrives: the three-way handshake is complete.</source>
        <translation>The ACK of our SYN arrives: the three-way handshake is complete.</translation>
    </message>
    <message>
        <source>The application closes before the handshake is complete: TCP sends a FIN.</source>
        <translation>The application closes before the handshake is complete: TCP sends a FIN.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives together with the ACK that completes the handshake: TCP acknowledges it and reports end of file.</source>
        <translation>The peer&apos;s FIN arrives together with the ACK that completes the handshake: TCP acknowledges it and reports end of file.</translation>
    </message>
    <message>
        <source>An RST arrives for a connection that began at a listener: the half-open connection is dropped and the listener goes on.</source>
        <translation>An RST arrives for a connection that began at a listener: the half-open connection is dropped and the listener goes on.</translation>
    </message>
    <message>
        <source>An RST arrives for a connection that began with an active open, or synack_retries is used up.</source>
        <translation>An RST arrives for a connection that began with an active open, or synack_retries is used up.</translation>
    </message>
    <message>
        <source>Active close: the application calls close() or shutdown() first and TCP sends a FIN.</source>
        <translation>Active close: the application calls close() or shutdown() first and TCP sends a FIN.</translation>
    </message>
    <message>
        <source>Passive close: the peer&apos;s FIN arrives; TCP acknowledges it and reports end of file to the application.</source>
        <translation>Passive close: the peer&apos;s FIN arrives; TCP acknowledges it and reports end of file to the application.</translation>
    </message>
    <message>
        <source>An RST arrives (connection reset), the application aborts, or retransmissions or keepalive probes go unanswered.</source>
        <translation>An RST arrives (connection reset), the application aborts, or retransmissions or keepalive probes go unanswered.</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives: our direction is closed, the peer&apos;s is still open.</source>
        <translation>The ACK of our FIN arrives: our direction is closed, the peer&apos;s is still open.</translation>
    </message>
    <message>
        <source>Simultaneous close: the peer&apos;s FIN arrives before the ACK of ours; TCP acknowledges it.</source>
        <translation>Simultaneous close: the peer&apos;s FIN arrives before the ACK of ours; TCP acknowledges it.</translation>
    </message>
    <message>
        <source>An RST arrives, the application aborts, or the FIN is retransmitted until data_retries is used up.</source>
        <translation>An RST arrives, the application aborts, or the FIN is retransmitted until data_retries is used up.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives: TCP acknowledges it and starts the 2×MSL wait.</source>
        <translation>The peer&apos;s FIN arrives: TCP acknowledges it and starts the 2×MSL wait.</translation>
    </message>
    <message>
        <source>An orphaned socket (already closed by its application) reaches the FIN_WAIT_2 timeout, tcp_fin_timeout on Linux; or an RST arrives.</source>
        <translation>An orphaned socket (already closed by its application) reaches the FIN_WAIT_2 timeout, tcp_fin_timeout on Linux; or an RST arrives.</translation>
    </message>
    <message>
        <source>The application finally calls close(): TCP sends its own FIN.</source>
        <translation>The application finally calls close(): TCP sends its own FIN.</translation>
    </message>
    <message>
        <source>An RST arrives or the application aborts instead of closing.</source>
        <translation>An RST arrives or the application aborts instead of closing.</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives after the simultaneous close: TCP starts the 2×MSL wait.</source>
        <translation>The ACK of our FIN arrives after the simultaneous close: TCP starts the 2×MSL wait.</translation>
    </message>
    <message>
        <source>An RST arrives or the FIN is retransmitted until the retry limit.</source>
        <translation>An RST arrives or the FIN is retransmitted until the retry limit.</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives: the passive closer deletes the connection at once, without TIME_WAIT. An RST or the retry limit also ends it.</source>
        <translation>The ACK of our FIN arrives: the passive closer deletes the connection at once, without TIME_WAIT. An RST or the retry limit also ends it.</translation>
    </message>
    <message>
        <source>The TIME_WAIT timer expires after 2×MSL (or the profile&apos;s fixed length); also an RST (TIME_WAIT assassination, RFC 1337) or an overflow of max_tw_buckets.</source>
        <translation>The TIME_WAIT timer expires after 2×MSL (or the profile&apos;s fixed length); also an RST (TIME_WAIT assassination, RFC 1337) or an overflow of max_tw_buckets.</translation>
    </message>
    <message>
        <source>A new SYN for the same 4-tuple with a higher sequence number or a newer timestamp is accepted: a new incarnation begins.</source>
        <translation>A new SYN for the same 4-tuple with a higher sequence number or a newer timestamp is accepted: a new incarnation begins.</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Transitions</translation>
    </message>
    <message>
        <source>Maximum segment lifetime: how long a segment may survive in the network. The simulated network discards older segments, and TIME_WAIT lasts 2×MSL unless time_wait_ms fixes it.</source>
        <translation>Maximum segment lifetime: how long a segment may survive in the network. The simulated network discards older segments, and TIME_WAIT lasts 2×MSL unless time_wait_ms fixes it.</translation>
    </message>
    <message>
        <source>Length of TIME_WAIT. Empty (null) means 2×MSL as RFC 9293 requires; Linux uses a fixed length whatever MSL is. Shorter than MSL lets old duplicates reach a new incarnation.</source>
        <translation>Length of TIME_WAIT. Empty (null) means 2×MSL as RFC 9293 requires; Linux uses a fixed length whatever MSL is. Shorter than MSL lets old duplicates reach a new incarnation.</translation>
    </message>
    <message>
        <source>How long an orphaned socket (closed by its application) may wait in FIN_WAIT_2 for the peer&apos;s FIN before it is removed (Linux tcp_fin_timeout). Empty means no timeout. It does not change TIME_WAIT.</source>
        <translation>How long an orphaned socket (closed by its application) may wait in FIN_WAIT_2 for the peer&apos;s FIN before it is removed (Linux tcp_fin_timeout). Empty means no timeout. It does not change TIME_WAIT.</translation>
    </message>
    <message>
        <source>Retransmission timeout used before any round-trip time has been measured, e.g. for the first SYN (RFC 6298).</source>
        <translation>Retransmission timeout used before any round-trip time has been measured, e.g. for the first SYN (RFC 6298).</translation>
    </message>
    <message>
        <source>Lower bound of the retransmission timeout computed from measured round-trip times.</source>
        <translation>Lower bound of the retransmission timeout computed from measured round-trip times.</translation>
    </message>
    <message>
        <source>Upper bound of the retransmission timeout: exponential backoff doubles it up to this value.</source>
        <translation>Upper bound of the retransmission timeout: exponential backoff doubles it up to this value.</translation>
    </message>
    <message>
        <source>How many times SYN_SENT retransmits its SYN before connect() fails with a timeout (Linux tcp_syn_retries).</source>
        <translation>How many times SYN_SENT retransmits its SYN before connect() fails with a timeout (Linux tcp_syn_retries).</translation>
    </message>
    <message>
        <source>How many times SYN_RECEIVED retransmits its SYN,ACK before the half-open connection is dropped (Linux tcp_synack_retries).</source>
        <translation>How many times SYN_RECEIVED retransmits its SYN,ACK before the half-open connection is dropped (Linux tcp_synack_retries).</translation>
    </message>
    <message>
        <source>How many times data or a FIN is retransmitted before the connection is given up and closed (Linux tcp_retries2).</source>
        <translation>How many times data or a FIN is retransmitted before the connection is given up and closed (Linux tcp_retries2).</translation>
    </message>
    <message>
        <source>How many SYN retransmissions keep the initial timeout before backoff begins to double it (Linux 6.5 and later).</source>
        <translation>How many SYN retransmissions keep the initial timeout before backoff begins to double it (Linux 6.5 and later).</translation>
    </message>
    <message>
        <source>Whether a new outgoing connection may take over a 4-tuple still in TIME_WAIT: 0 off, 1 on, 2 loopback only. It needs timestamps, which tell old segments from new ones.</source>
        <translation>Whether a new outgoing connection may take over a 4-tuple still in TIME_WAIT: 0 off, 1 on, 2 loopback only. It needs timestamps, which tell old segments from new ones.</translation>
    </message>
    <message>
        <source>The removed Linux option that dropped SYNs whose timestamp was older than the last one seen from the same host. Shown to explain why it broke clients behind NAT.</source>
        <translation>The removed Linux option that dropped SYNs whose timestamp was older than the last one seen from the same host. Shown to explain why it broke clients behind NAT.</translation>
    </message>
    <message>
        <source>TCP timestamps option (RFC 7323): every segment carries TSval/TSecr, which lets TIME_WAIT tell a new SYN from an old duplicate.</source>
        <translation>TCP timestamps option (RFC 7323): every segment carries TSval/TSecr, which lets TIME_WAIT tell a new SYN from an old duplicate.</translation>
    </message>
    <message>
        <source>Ignore RST in TIME_WAIT (RFC 1337 fix F1), so an old duplicate cannot assassinate TIME_WAIT.</source>
        <translation>Ignore RST in TIME_WAIT (RFC 1337 fix F1), so an old duplicate cannot assassinate TIME_WAIT.</translation>
    </message>
    <message>
        <source>Whether an idle connection sends keepalive probes to find out that the peer has crashed (RFC 9293 §3.8.4: optional and off by default).</source>
        <translation>Whether an idle connection sends keepalive probes to find out that the peer has crashed (RFC 9293 §3.8.4: optional and off by default).</translation>
    </message>
    <message>
        <source>Idle time before the first keepalive probe.</source>
        <translation>Idle time before the first keepalive probe.</translation>
    </message>
    <message>
        <source>Time between keepalive probes that go unanswered.</source>
        <translation>Time between keepalive probes that go unanswered.</translation>
    </message>
    <message>
        <source>Unanswered keepalive probes after which the connection is closed and the application told it timed out.</source>
        <translation>Unanswered keepalive probes after which the connection is closed and the application told it timed out.</translation>
    </message>
    <message>
        <source>SYN cookies: 0 off, 1 only when the SYN backlog overflows, 2 always. A cookie encodes the connection in the ISN so the listener keeps no state until the final ACK.</source>
        <translation>SYN cookies: 0 off, 1 only when the SYN backlog overflows, 2 always. A cookie encodes the connection in the ISN so the listener keeps no state until the final ACK.</translation>
    </message>
    <message>
        <source>How many half-open connections (SYN_RECEIVED) a listener holds; further SYNs are dropped or answered with cookies.</source>
        <translation>How many half-open connections (SYN_RECEIVED) a listener holds; further SYNs are dropped or answered with cookies.</translation>
    </message>
    <message>
        <source>Most TIME_WAIT sockets a host keeps; beyond it TIME_WAIT is destroyed early, losing its protection (Linux tcp_max_tw_buckets).</source>
        <translation>Most TIME_WAIT sockets a host keeps; beyond it TIME_WAIT is destroyed early, losing its protection (Linux tcp_max_tw_buckets).</translation>
    </message>
    <message>
        <source>How long a receiver may wait before sending an ACK, hoping to combine it with data or a FIN.</source>
        <translation>How long a receiver may wait before sending an ACK, hoping to combine it with data or a FIN.</translation>
    </message>
    <message>
        <source>One-way propagation delay of the simulated network; a round trip takes twice as long.</source>
        <translation>One-way propagation delay of the simulated network; a round trip takes twice as long.</translation>
    </message>
    <message>
        <source>Probability that the network loses a segment, in each direction, drawn from the seeded random generator.</source>
        <translation>Probability that the network loses a segment, in each direction, drawn from the seeded random generator.</translation>
    </message>
    <message>
        <source>Seed of the random generator: the same seed gives exactly the same run.</source>
        <translation>Seed of the random generator: the same seed gives exactly the same run.</translation>
    </message>
    <message>
        <source>How initial sequence numbers are chosen: clock (a counter driven by time, RFC 9293 §3.4.1), random, or fixed (isn_client and isn_server, easy to read).</source>
        <translation>How initial sequence numbers are chosen: clock (a counter driven by time, RFC 9293 §3.4.1), random, or fixed (isn_client and isn_server, easy to read).</translation>
    </message>
    <message>
        <source>The client&apos;s initial sequence number when isn is fixed.</source>
        <translation>The client&apos;s initial sequence number when isn is fixed.</translation>
    </message>
    <message>
        <source>The server&apos;s initial sequence number when isn is fixed.</source>
        <translation>The server&apos;s initial sequence number when isn is fixed.</translation>
    </message>
    <message>
        <source>Maximum segment size: the most payload bytes in one segment.</source>
        <translation>Maximum segment size: the most payload bytes in one segment.</translation>
    </message>
    <message>
        <source>Receive window advertised to the peer: how many bytes it may send before waiting for an ACK.</source>
        <translation>Receive window advertised to the peer: how many bytes it may send before waiting for an ACK.</translation>
    </message>
    <message>
        <source>2×MSL = %1</source>
        <translation>2×MSL = %1</translation>
    </message>
    <message>
        <source>none (waits for the peer&apos;s FIN for ever)</source>
        <translation>none (waits for the peer&apos;s FIN for ever)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>0 (off)</source>
        <translation>0 (off)</translation>
    </message>
    <message>
        <source>1 (on)</source>
        <translation>1 (on)</translation>
    </message>
    <message>
        <source>2 (loopback only)</source>
        <translation>2 (loopback only)</translation>
    </message>
    <message>
        <source>1 (when the backlog overflows)</source>
        <translation>1 (when the backlog overflows)</translation>
    </message>
    <message>
        <source>2 (always)</source>
        <translation>2 (always)</translation>
    </message>
    <message>
        <source>clock</source>
        <comment>ISN mode</comment>
        <translation>clock</translation>
    </message>
    <message>
        <source>random</source>
        <comment>ISN mode</comment>
        <translation>random</translation>
    </message>
    <message>
        <source>fixed</source>
        <comment>ISN mode</comment>
        <translation>fixed</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>probability in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Default in each profile:&lt;/i&gt;&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Default in each profile:&lt;/i&gt;&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>instant of virtual time</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>sentence (RFC section)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 calls listen(): the socket moves from %2 to %3 and waits for SYNs.</source>
        <translation>%1 calls listen(): the socket moves from %2 to %3 and waits for SYNs.</translation>
    </message>
    <message>
        <source>%1 received an RST for a half-open connection: it moves from %2 back to %3 and the listener carries on.</source>
        <translation>%1 received an RST for a half-open connection: it moves from %2 back to %3 and the listener carries on.</translation>
    </message>
    <message>
        <source>%1 calls connect(): it sends a SYN and moves from %2 to %3 (an active open).</source>
        <translation>%1 calls connect(): it sends a SYN and moves from %2 to %3 (an active open).</translation>
    </message>
    <message>
        <source>%1 received a SYN while its own SYN is unanswered (simultaneous open): it answers SYN,ACK and moves from %2 to %3.</source>
        <translation>%1 received a SYN while its own SYN is unanswered (simultaneous open): it answers SYN,ACK and moves from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 accepted a new SYN for the same 4-tuple because its sequence number or timestamp is newer than anything of the old connection: it moves from %2 to %3 and a new incarnation begins.</source>
        <translation>%1 accepted a new SYN for the same 4-tuple because its sequence number or timestamp is newer than anything of the old connection: it moves from %2 to %3 and a new incarnation begins.</translation>
    </message>
    <message>
        <source>%1 received a SYN: it answers SYN,ACK and moves from %2 to %3, waiting for the ACK that completes the handshake.</source>
        <translation>%1 received a SYN: it answers SYN,ACK and moves from %2 to %3, waiting for the ACK that completes the handshake.</translation>
    </message>
    <message>
        <source>%1 received SYN,ACK: it sends the final ACK and moves from %2 to %3.</source>
        <translation>%1 received SYN,ACK: it sends the final ACK and moves from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 received a final ACK carrying a valid SYN cookie: it creates the connection directly, from %2 to %3, without having kept any half-open state.</source>
        <translation>%1 received a final ACK carrying a valid SYN cookie: it creates the connection directly, from %2 to %3, without having kept any half-open state.</translation>
    </message>
    <message>
        <source>%1 received the ACK of its SYN: the handshake is complete and it moves from %2 to %3.</source>
        <translation>%1 received the ACK of its SYN: the handshake is complete and it moves from %2 to %3.</translation>
    </message>
    <message>
        <source>%1&apos;s application called shutdown(SHUT_WR): it sends a FIN and moves from %2 to %3, but can still receive.</source>
        <translation>%1&apos;s application called shutdown(SHUT_WR): it sends a FIN and moves from %2 to %3, but can still receive.</translation>
    </message>
    <message>
        <source>%1&apos;s application called close(): it sends a FIN and moves from %2 to %3 (the active close).</source>
        <translation>%1&apos;s application called close(): it sends a FIN and moves from %2 to %3 (the active close).</translation>
    </message>
    <message>
        <source>%1 received the ACK of its FIN: it moves from %2 to %3 and waits for the peer&apos;s FIN.</source>
        <translation>%1 received the ACK of its FIN: it moves from %2 to %3 and waits for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>%1 received FIN: it ACKs and moves from %2 to %3; its application has read end of file and must now call close().</source>
        <translation>%1 received FIN: it ACKs and moves from %2 to %3; its application has read end of file and must now call close().</translation>
    </message>
    <message>
        <source>%1 received FIN while its own FIN is not yet acknowledged: both sides closed at once, so it ACKs and moves from %2 to %3.</source>
        <translation>%1 received FIN while its own FIN is not yet acknowledged: both sides closed at once, so it ACKs and moves from %2 to %3.</translation>
    </message>
    <message>
        <source>%1&apos;s application called close() after end of file: it sends its own FIN and moves from %2 to %3 to wait for the last ACK.</source>
        <translation>%1&apos;s application called close() after end of file: it sends its own FIN and moves from %2 to %3 to wait for the last ACK.</translation>
    </message>
    <message>
        <source>%1 received the ACK of its FIN after a simultaneous close: it moves from %2 to %3 and waits 2×MSL like any active closer.</source>
        <translation>%1 received the ACK of its FIN after a simultaneous close: it moves from %2 to %3 and waits 2×MSL like any active closer.</translation>
    </message>
    <message>
        <source>%1 received FIN: it ACKs and moves from %2 to %3 because it closed first: it must wait 2×MSL in case that ACK is lost (the peer would resend its FIN) and until old duplicates of this connection have died out.</source>
        <translation>%1 received FIN: it ACKs and moves from %2 to %3 because it closed first: it must wait 2×MSL in case that ACK is lost (the peer would resend its FIN) and until old duplicates of this connection have died out.</translation>
    </message>
    <message>
        <source>%1&apos;s host crashed: the socket vanishes without sending anything, from %2 to %3.</source>
        <translation>%1&apos;s host crashed: the socket vanishes without sending anything, from %2 to %3.</translation>
    </message>
    <message>
        <source>%1&apos;s application closed the listening socket: it moves from %2 to %3.</source>
        <translation>%1&apos;s application closed the listening socket: it moves from %2 to %3.</translation>
    </message>
    <message>
        <source>%1&apos;s application gave up the connection attempt: it moves from %2 to %3.</source>
        <translation>%1&apos;s application gave up the connection attempt: it moves from %2 to %3.</translation>
    </message>
    <message>
        <source>%1&apos;s application aborted: it sends an RST and goes from %2 straight to %3.</source>
        <translation>%1&apos;s application aborted: it sends an RST and goes from %2 straight to %3.</translation>
    </message>
    <message>
        <source>%1 retransmitted without an answer up to its retry limit: it gives up, moves from %2 to %3 and reports a timeout.</source>
        <translation>%1 retransmitted without an answer up to its retry limit: it gives up, moves from %2 to %3 and reports a timeout.</translation>
    </message>
    <message>
        <source>%1&apos;s keepalive probes went unanswered: the peer is presumed dead, from %2 to %3.</source>
        <translation>%1&apos;s keepalive probes went unanswered: the peer is presumed dead, from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 received an RST in answer to its SYN: nobody listens on that port, the connection is refused, from %2 to %3.</source>
        <translation>%1 received an RST in answer to its SYN: nobody listens on that port, the connection is refused, from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 received an RST: it kills TIME_WAIT early (TIME_WAIT assassination), from %2 to %3.</source>
        <translation>%1 received an RST: it kills TIME_WAIT early (TIME_WAIT assassination), from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 received an RST: the connection is reset and moves from %2 to %3.</source>
        <translation>%1 received an RST: the connection is reset and moves from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 holds too many TIME_WAIT sockets: this one is destroyed early, from %2 to %3, and loses the protection of TIME_WAIT.</source>
        <translation>%1 holds too many TIME_WAIT sockets: this one is destroyed early, from %2 to %3, and loses the protection of TIME_WAIT.</translation>
    </message>
    <message>
        <source>%1&apos;s orphaned socket waited too long for the peer&apos;s FIN: the FIN_WAIT_2 timeout removes it, from %2 to %3. A late FIN from the peer will be answered with RST.</source>
        <translation>%1&apos;s orphaned socket waited too long for the peer&apos;s FIN: the FIN_WAIT_2 timeout removes it, from %2 to %3. A late FIN from the peer will be answered with RST.</translation>
    </message>
    <message>
        <source>%1&apos;s TIME_WAIT timer expired: the connection is deleted, from %2 to %3, and its 4-tuple may be used again.</source>
        <translation>%1&apos;s TIME_WAIT timer expired: the connection is deleted, from %2 to %3, and its 4-tuple may be used again.</translation>
    </message>
    <message>
        <source>%1 received the last ACK: it moves from %2 to %3 at once, because the passive closer does not wait in TIME_WAIT.</source>
        <translation>%1 received the last ACK: it moves from %2 to %3 at once, because the passive closer does not wait in TIME_WAIT.</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3: %4</source>
        <translation>%1 moves from %2 to %3: %4</translation>
    </message>
    <message>
        <source>%1 sends a segment.</source>
        <translation>%1 sends a segment.</translation>
    </message>
    <message>
        <source>%1 sends %2: a reset, the connection is refused or aborted.</source>
        <translation>%1 sends %2: a reset, the connection is refused or aborted.</translation>
    </message>
    <message>
        <source>%1 sends %2: it accepts the connection and acknowledges the SYN.</source>
        <translation>%1 sends %2: it accepts the connection and acknowledges the SYN.</translation>
    </message>
    <message>
        <source>%1 sends %2 to open a connection.</source>
        <translation>%1 sends %2 to open a connection.</translation>
    </message>
    <message>
        <source>%1 sends %2: it has no more data to send.</source>
        <translation>%1 sends %2: it has no more data to send.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sends %2 carrying %n byte(s) of data.</source>
        <translation>
            <numerusform>%1 sends %2 carrying %n byte of data.</numerusform>
            <numerusform>%1 sends %2 carrying %n bytes of data.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sends %2 to acknowledge what it has received.</source>
        <translation>%1 sends %2 to acknowledge what it has received.</translation>
    </message>
    <message>
        <source>%1 receives %2.</source>
        <translation>%1 receives %2.</translation>
    </message>
    <message>
        <source>%1 receives a segment.</source>
        <translation>%1 receives a segment.</translation>
    </message>
    <message>
        <source>A segment to %1 is dropped on purpose (fault injection): %2.</source>
        <translation>A segment to %1 is dropped on purpose (fault injection): %2.</translation>
    </message>
    <message>
        <source>The network loses a segment to %1: %2.</source>
        <translation>The network loses a segment to %1: %2.</translation>
    </message>
    <message>
        <source>A segment to %1 is older than MSL and dies in the network: %2.</source>
        <translation>A segment to %1 is older than MSL and dies in the network: %2.</translation>
    </message>
    <message>
        <source>%1 drops %2: it lies outside the receive window (the acceptability test).</source>
        <translation>%1 drops %2: it lies outside the receive window (the acceptability test).</translation>
    </message>
    <message>
        <source>%1 has no socket for %2: it is dropped and answered with RST.</source>
        <translation>%1 has no socket for %2: it is dropped and answered with RST.</translation>
    </message>
    <message>
        <source>%1&apos;s listener is full of half-open connections: %2 is dropped.</source>
        <translation>%1&apos;s listener is full of half-open connections: %2 is dropped.</translation>
    </message>
    <message>
        <source>%1 is in TIME_WAIT and refuses %2: it is not newer than the old connection.</source>
        <translation>%1 is in TIME_WAIT and refuses %2: it is not newer than the old connection.</translation>
    </message>
    <message>
        <source>%1 drops %2: its timestamp is older than the last one seen (PAWS).</source>
        <translation>%1 drops %2: its timestamp is older than the last one seen (PAWS).</translation>
    </message>
    <message>
        <source>A segment to %1 cannot be delivered, that host does not exist: %2.</source>
        <translation>A segment to %1 cannot be delivered, that host does not exist: %2.</translation>
    </message>
    <message>
        <source>%1 ignores %2, as the rules of its state require.</source>
        <translation>%1 ignores %2, as the rules of its state require.</translation>
    </message>
    <message>
        <source>%1 stops a timer that is no longer needed.</source>
        <translation>%1 stops a timer that is no longer needed.</translation>
    </message>
    <message numerus="yes">
        <source>%1 restarts its retransmission timer with a doubled timeout (retransmission %n), due at %2.</source>
        <translation>
            <numerusform>%1 restarts its retransmission timer with a doubled timeout (retransmission %n), due at %2.</numerusform>
            <numerusform>%1 restarts its retransmission timer with a doubled timeout (retransmission %n), due at %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts its retransmission timer: if no ACK arrives by %2, it sends the segment again.</source>
        <translation>%1 starts its retransmission timer: if no ACK arrives by %2, it sends the segment again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits for an answer to its handshake segment until %2 (retransmission %n).</source>
        <translation>
            <numerusform>%1 waits for an answer to its handshake segment until %2 (retransmission %n).</numerusform>
            <numerusform>%1 waits for an answer to its handshake segment until %2 (retransmission %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for an answer to its handshake segment until %2.</source>
        <translation>%1 waits for an answer to its handshake segment until %2.</translation>
    </message>
    <message>
        <source>%1 starts the TIME_WAIT timer: the connection is remembered until %2.</source>
        <translation>%1 starts the TIME_WAIT timer: the connection is remembered until %2.</translation>
    </message>
    <message>
        <source>%1&apos;s TIME_WAIT timer fires: the wait is over.</source>
        <translation>%1&apos;s TIME_WAIT timer fires: the wait is over.</translation>
    </message>
    <message>
        <source>%1&apos;s socket is an orphan in FIN_WAIT_2: it will be removed at %2 if the peer&apos;s FIN does not come.</source>
        <translation>%1&apos;s socket is an orphan in FIN_WAIT_2: it will be removed at %2 if the peer&apos;s FIN does not come.</translation>
    </message>
    <message>
        <source>%1&apos;s FIN_WAIT_2 timeout fires: the peer never sent its FIN.</source>
        <translation>%1&apos;s FIN_WAIT_2 timeout fires: the peer never sent its FIN.</translation>
    </message>
    <message>
        <source>%1 schedules a keepalive probe at %2 in case the connection stays idle.</source>
        <translation>%1 schedules a keepalive probe at %2 in case the connection stays idle.</translation>
    </message>
    <message>
        <source>%1&apos;s keepalive timer fires: it probes the idle peer.</source>
        <translation>%1&apos;s keepalive timer fires: it probes the idle peer.</translation>
    </message>
    <message>
        <source>%1 delays its ACK until %2, hoping to send it with data or a FIN.</source>
        <translation>%1 delays its ACK until %2, hoping to send it with data or a FIN.</translation>
    </message>
    <message>
        <source>%1&apos;s delayed-ACK timer fires: it sends the ACK alone.</source>
        <translation>%1&apos;s delayed-ACK timer fires: it sends the ACK alone.</translation>
    </message>
    <message>
        <source>%1&apos;s application learns that the connection is open.</source>
        <translation>%1&apos;s application learns that the connection is open.</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s application reads %n byte(s).</source>
        <translation>
            <numerusform>%1&apos;s application reads %n byte.</numerusform>
            <numerusform>%1&apos;s application reads %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s application reads end of file: the peer has closed its direction.</source>
        <translation>%1&apos;s application reads end of file: the peer has closed its direction.</translation>
    </message>
    <message>
        <source>%1&apos;s application is told: broken pipe (EPIPE) — Linux reports a reset that arrives in CLOSE_WAIT this way.</source>
        <translation>%1&apos;s application is told: broken pipe (EPIPE) — Linux reports a reset that arrives in CLOSE_WAIT this way.</translation>
    </message>
    <message>
        <source>%1&apos;s application is told: connection reset (ECONNRESET).</source>
        <translation>%1&apos;s application is told: connection reset (ECONNRESET).</translation>
    </message>
    <message>
        <source>%1&apos;s application is told: connection refused (ECONNREFUSED).</source>
        <translation>%1&apos;s application is told: connection refused (ECONNREFUSED).</translation>
    </message>
    <message>
        <source>%1&apos;s application is told: connection timed out (ETIMEDOUT).</source>
        <translation>%1&apos;s application is told: connection timed out (ETIMEDOUT).</translation>
    </message>
    <message>
        <source>%1&apos;s application: the connection is completely closed.</source>
        <translation>%1&apos;s application: the connection is completely closed.</translation>
    </message>
    <message>
        <source>%1&apos;s listen() fails: the port is already in use (EADDRINUSE).</source>
        <translation>%1&apos;s listen() fails: the port is already in use (EADDRINUSE).</translation>
    </message>
    <message>
        <source>%1&apos;s application acts on a connection that does not exist (ENOTCONN).</source>
        <translation>%1&apos;s application acts on a connection that does not exist (ENOTCONN).</translation>
    </message>
    <message>
        <source>%1&apos;s application writes to a connection that is closing or closed (EPIPE).</source>
        <translation>%1&apos;s application writes to a connection that is closing or closed (EPIPE).</translation>
    </message>
    <message>
        <source>%1&apos;s application cannot act: its host has crashed.</source>
        <translation>%1&apos;s application cannot act: its host has crashed.</translation>
    </message>
    <message>
        <source>%1&apos;s application gets an error: %2</source>
        <translation>%1&apos;s application gets an error: %2</translation>
    </message>
    <message>
        <source>DANGER: %1 accepted a segment from an older incarnation of this 4-tuple: %2.</source>
        <translation>DANGER: %1 accepted a segment from an older incarnation of this 4-tuple: %2.</translation>
    </message>
    <message>
        <source>%1 recognised a segment from an older incarnation and rejected it: %2.</source>
        <translation>%1 recognised a segment from an older incarnation and rejected it: %2.</translation>
    </message>
    <message>
        <source>%1 reuses a 4-tuple still in TIME_WAIT for a new connection (tw_reuse with timestamps).</source>
        <translation>%1 reuses a 4-tuple still in TIME_WAIT for a new connection (tw_reuse with timestamps).</translation>
    </message>
    <message>
        <source>%1 accepts a SYN in TIME_WAIT: a new incarnation of the 4-tuple begins (RFC 6191).</source>
        <translation>%1 accepts a SYN in TIME_WAIT: a new incarnation of the 4-tuple begins (RFC 6191).</translation>
    </message>
    <message>
        <source>%1&apos;s SYN queue is full: it answers with a SYN cookie and keeps no state.</source>
        <translation>%1&apos;s SYN queue is full: it answers with a SYN cookie and keeps no state.</translation>
    </message>
    <message>
        <source>%1 receives a valid SYN cookie: the connection is created from the final ACK.</source>
        <translation>%1 receives a valid SYN cookie: the connection is created from the final ACK.</translation>
    </message>
    <message>
        <source>%1&apos;s application has a bug: it will never call close().</source>
        <translation>%1&apos;s application has a bug: it will never call close().</translation>
    </message>
    <message>
        <source>%1&apos;s host crashed: every connection is forgotten.</source>
        <translation>%1&apos;s host crashed: every connection is forgotten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>peer: note from the simulator</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s application sends on a listening socket: it becomes an active open, sends a SYN and moves from %2 to %3.</source>
        <translation>%1&apos;s application sends on a listening socket: it becomes an active open, sends a SYN and moves from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 hands the 4-tuple of this TIME_WAIT connection to a new connection (tw_reuse): the old one is deleted, from %2 to %3.</source>
        <translation>%1 hands the 4-tuple of this TIME_WAIT connection to a new connection (tw_reuse): the old one is deleted, from %2 to %3.</translation>
    </message>
    <message>
        <source>app listen</source>
        <comment>cause of a state change</comment>
        <translation>app listen</translation>
    </message>
    <message>
        <source>app connect</source>
        <comment>cause of a state change</comment>
        <translation>app connect</translation>
    </message>
    <message>
        <source>app send in LISTEN / snd SYN</source>
        <comment>cause of a state change</comment>
        <translation>app send in LISTEN / snd SYN</translation>
    </message>
    <message>
        <source>app close / snd FIN</source>
        <comment>cause of a state change</comment>
        <translation>app close / snd FIN</translation>
    </message>
    <message>
        <source>app shutdown(SHUT_WR) / snd FIN</source>
        <comment>cause of a state change</comment>
        <translation>app shutdown(SHUT_WR) / snd FIN</translation>
    </message>
    <message>
        <source>app close in SYN_SENT</source>
        <comment>cause of a state change</comment>
        <translation>app close in SYN_SENT</translation>
    </message>
    <message>
        <source>app close of listener</source>
        <comment>cause of a state change</comment>
        <translation>app close of listener</translation>
    </message>
    <message>
        <source>app abort / snd RST</source>
        <comment>cause of a state change</comment>
        <translation>app abort / snd RST</translation>
    </message>
    <message>
        <source>rcv SYN / snd SYN,ACK</source>
        <comment>cause of a state change</comment>
        <translation>rcv SYN / snd SYN,ACK</translation>
    </message>
    <message>
        <source>rcv SYN (simultaneous open) / snd SYN,ACK</source>
        <comment>cause of a state change</comment>
        <translation>rcv SYN (simultaneous open) / snd SYN,ACK</translation>
    </message>
    <message>
        <source>rcv SYN,ACK / snd ACK</source>
        <comment>cause of a state change</comment>
        <translation>rcv SYN,ACK / snd ACK</translation>
    </message>
    <message>
        <source>rcv SYN,ACK (simultaneous open)</source>
        <comment>cause of a state change</comment>
        <translation>rcv SYN,ACK (simultaneous open)</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <comment>cause of a state change</comment>
        <translation>rcv ACK of SYN</translation>
    </message>
    <message>
        <source>rcv ACK with valid SYN cookie</source>
        <comment>cause of a state change</comment>
        <translation>rcv ACK with valid SYN cookie</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <comment>cause of a state change</comment>
        <translation>rcv ACK of FIN</translation>
    </message>
    <message>
        <source>rcv FIN / snd ACK</source>
        <comment>cause of a state change</comment>
        <translation>rcv FIN / snd ACK</translation>
    </message>
    <message>
        <source>rcv FIN (simultaneous close) / snd ACK</source>
        <comment>cause of a state change</comment>
        <translation>rcv FIN (simultaneous close) / snd ACK</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <comment>cause of a state change</comment>
        <translation>rcv RST</translation>
    </message>
    <message>
        <source>rcv RST: connection reset</source>
        <comment>cause of a state change</comment>
        <translation>rcv RST: connection reset</translation>
    </message>
    <message>
        <source>rcv RST: return to LISTEN</source>
        <comment>cause of a state change</comment>
        <translation>rcv RST: return to LISTEN</translation>
    </message>
    <message>
        <source>rcv RST in SYN_RECEIVED</source>
        <comment>cause of a state change</comment>
        <translation>rcv RST in SYN_RECEIVED</translation>
    </message>
    <message>
        <source>rcv RST in SYN_SENT: connection refused</source>
        <comment>cause of a state change</comment>
        <translation>rcv RST in SYN_SENT: connection refused</translation>
    </message>
    <message>
        <source>rcv RST in TIME_WAIT (TIME_WAIT assassination, RFC 1337)</source>
        <comment>cause of a state change</comment>
        <translation>rcv RST in TIME_WAIT (TIME_WAIT assassination, RFC 1337)</translation>
    </message>
    <message>
        <source>retransmission limit reached</source>
        <comment>cause of a state change</comment>
        <translation>retransmission limit reached</translation>
    </message>
    <message>
        <source>keepalive probes unanswered</source>
        <comment>cause of a state change</comment>
        <translation>keepalive probes unanswered</translation>
    </message>
    <message>
        <source>TIME_WAIT timeout (2MSL) expired</source>
        <comment>cause of a state change</comment>
        <translation>TIME_WAIT timeout (2MSL) expired</translation>
    </message>
    <message>
        <source>TIME_WAIT timeout (fixed length, not 2MSL) expired</source>
        <comment>cause of a state change</comment>
        <translation>TIME_WAIT timeout (fixed length, not 2MSL) expired</translation>
    </message>
    <message>
        <source>TIME_WAIT reused by tcp_tw_reuse</source>
        <comment>cause of a state change</comment>
        <translation>TIME_WAIT reused by tcp_tw_reuse</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 timeout (tcp_fin_timeout) for orphaned socket</source>
        <comment>cause of a state change</comment>
        <translation>FIN_WAIT_2 timeout (tcp_fin_timeout) for orphaned socket</translation>
    </message>
    <message>
        <source>tcp_max_tw_buckets overflow: TIME_WAIT destroyed early</source>
        <comment>cause of a state change</comment>
        <translation>tcp_max_tw_buckets overflow: TIME_WAIT destroyed early</translation>
    </message>
    <message>
        <source>host crashed</source>
        <comment>cause of a state change</comment>
        <translation>host crashed</translation>
    </message>
    <message>
        <source>host crashed: connection forgotten</source>
        <comment>cause of a state change</comment>
        <translation>host crashed: connection forgotten</translation>
    </message>
    <message>
        <source>RETRANSMIT</source>
        <comment>timer name</comment>
        <translation>RETRANSMIT</translation>
    </message>
    <message>
        <source>KEEPALIVE</source>
        <comment>timer name</comment>
        <translation>KEEPALIVE</translation>
    </message>
    <message>
        <source>SYN_RETRY</source>
        <comment>timer name</comment>
        <translation>SYN_RETRY</translation>
    </message>
    <message>
        <source>DELAYED_ACK</source>
        <comment>timer name</comment>
        <translation>DELAYED_ACK</translation>
    </message>
    <message>
        <source>%1 ignores %2 in TIME_WAIT (the RFC 1337 protection): TIME_WAIT runs its full length, so no old duplicate can reach a new connection early.</source>
        <translation>%1 ignores %2 in TIME_WAIT (the RFC 1337 protection): TIME_WAIT runs its full length, so no old duplicate can reach a new connection early.</translation>
    </message>
    <message>
        <source>%1&apos;s retransmission timer fires: nothing was acknowledged in time, so it sends the oldest unacknowledged segment again with its congestion window cut to one segment (RFC 5681), or gives up when the retry limit is reached.</source>
        <translation>%1&apos;s retransmission timer fires: nothing was acknowledged in time, so it sends the oldest unacknowledged segment again with its congestion window cut to one segment (RFC 5681), or gives up when the retry limit is reached.</translation>
    </message>
    <message>
        <source>%1&apos;s SYN timer fires: no answer yet, so the handshake segment is sent again, or connect() fails when the retry limit is reached.</source>
        <translation>%1&apos;s SYN timer fires: no answer yet, so the handshake segment is sent again, or connect() fails when the retry limit is reached.</translation>
    </message>
    <message>
        <source>A host that closes many short connections first holds one TIME_WAIT for each of them during the whole 2×MSL. That is normal and protects two things: (1) old duplicate segments of the same 4-tuple still in the network cannot be taken by a new connection on the same ports; (2) if our last ACK is lost, the peer&apos;s retransmitted FIN is acknowledged again, whereas without TIME_WAIT it would be answered with RST and the peer would report an error. The cost: ephemeral ports run out (connect() fails with EADDRNOTAVAIL) and the table may overflow max_tw_buckets. Remedies: let the server close last, reuse connections, tw_reuse with timestamps; not a shorter TIME_WAIT.</source>
        <translation>A host that closes many short connections first holds one TIME_WAIT for each of them during the whole 2×MSL. That is normal and protects two things: (1) old duplicate segments of the same 4-tuple still in the network cannot be taken by a new connection on the same ports; (2) if our last ACK is lost, the peer&apos;s retransmitted FIN is acknowledged again, whereas without TIME_WAIT it would be answered with RST and the peer would report an error. The cost: ephemeral ports run out (connect() fails with EADDRNOTAVAIL) and the table may overflow max_tw_buckets. Remedies: let the server close last, reuse connections, tw_reuse with timestamps; not a shorter TIME_WAIT.</translation>
    </message>
    <message>
        <source>Lowest port of the ephemeral range (Linux ip_local_port_range) from which a connect() without bind() chooses its local port. When every port is in use for the destination, connect() fails with EADDRNOTAVAIL.</source>
        <translation>Lowest port of the ephemeral range (Linux ip_local_port_range) from which a connect() without bind() chooses its local port. When every port is in use for the destination, connect() fails with EADDRNOTAVAIL.</translation>
    </message>
    <message>
        <source>Highest port of the ephemeral range. A range of one port shows at once what happens when the ports run out: a port held in TIME_WAIT is taken again only when tw_reuse allows it.</source>
        <translation>Highest port of the ephemeral range. A range of one port shows at once what happens when the ports run out: a port held in TIME_WAIT is taken again only when tw_reuse allows it.</translation>
    </message>
    <message>
        <source>%1&apos;s application called close() and can read nothing more: new data from the peer is lost, so it answers with RST and the connection ends, from %2 to %3 (shutdown() would have kept it readable).</source>
        <translation>%1&apos;s application called close() and can read nothing more: new data from the peer is lost, so it answers with RST and the connection ends, from %2 to %3 (shutdown() would have kept it readable).</translation>
    </message>
    <message>
        <source>%1&apos;s application closed the connection without reading all the data it received: that data is lost, so instead of a FIN it sends an RST and goes from %2 straight to %3.</source>
        <translation>%1&apos;s application closed the connection without reading all the data it received: that data is lost, so instead of a FIN it sends an RST and goes from %2 straight to %3.</translation>
    </message>
    <message>
        <source>%1&apos;s application bound the port again with SO_REUSEADDR: this TIME_WAIT connection gives its 4-tuple to the new one, from %2 to %3.</source>
        <translation>%1&apos;s application bound the port again with SO_REUSEADDR: this TIME_WAIT connection gives its 4-tuple to the new one, from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 does not trust %2: an RST resets only at exactly RCV.NXT, so it answers with a challenge ACK and drops it (RFC 5961). A real peer answers with a correct RST; a blind attacker cannot.</source>
        <translation>%1 does not trust %2: an RST resets only at exactly RCV.NXT, so it answers with a challenge ACK and drops it (RFC 5961). A real peer answers with a correct RST; a blind attacker cannot.</translation>
    </message>
    <message>
        <source>%1 drops %2: a SYN on a synchronized connection is answered with a challenge ACK (RFC 5961). If the peer really restarted, it answers that ACK with an RST.</source>
        <translation>%1 drops %2: a SYN on a synchronized connection is answered with a challenge ACK (RFC 5961). If the peer really restarted, it answers that ACK with an RST.</translation>
    </message>
    <message>
        <source>%1&apos;s bind() fails: another socket of this host holds the port, a TIME_WAIT one counts too, and SO_REUSEADDR is not set (EADDRINUSE).</source>
        <translation>%1&apos;s bind() fails: another socket of this host holds the port, a TIME_WAIT one counts too, and SO_REUSEADDR is not set (EADDRINUSE).</translation>
    </message>
    <message>
        <source>%1&apos;s connect() fails: every port of the ephemeral range is in use for this destination, and no TIME_WAIT entry may be reused (EADDRNOTAVAIL).</source>
        <translation>%1&apos;s connect() fails: every port of the ephemeral range is in use for this destination, and no TIME_WAIT entry may be reused (EADDRNOTAVAIL).</translation>
    </message>
    <message>
        <source>%1&apos;s connect() fails: another connection holds this 4-tuple (EADDRNOTAVAIL).</source>
        <translation>%1&apos;s connect() fails: another connection holds this 4-tuple (EADDRNOTAVAIL).</translation>
    </message>
    <message>
        <source>%1&apos;s application stops reading: what arrives now waits in the receive queue, unread.</source>
        <translation>%1&apos;s application stops reading: what arrives now waits in the receive queue, unread.</translation>
    </message>
    <message>
        <source>%1 binds with SO_REUSEADDR to the port of its own TIME_WAIT connection: with timestamps on, the new connection takes the 4-tuple over at once, whatever tcp_tw_reuse says.</source>
        <translation>%1 binds with SO_REUSEADDR to the port of its own TIME_WAIT connection: with timestamps on, the new connection takes the 4-tuple over at once, whatever tcp_tw_reuse says.</translation>
    </message>
    <message>
        <source>TIME_WAIT taken over by bind() with SO_REUSEADDR</source>
        <comment>cause of a state change</comment>
        <translation>TIME_WAIT taken over by bind() with SO_REUSEADDR</translation>
    </message>
    <message>
        <source>rcv data after close() / snd RST</source>
        <comment>cause of a state change</comment>
        <translation>rcv data after close() / snd RST</translation>
    </message>
    <message>
        <source>app close with unread data / snd RST</source>
        <comment>cause of a state change</comment>
        <translation>app close with unread data / snd RST</translation>
    </message>
</context>
<context>
    <name>TransitionMap</name>
    <message>
        <source>RST answers our SYN: connection refused</source>
        <translation>RST answers our SYN: connection refused</translation>
    </message>
    <message>
        <source>RST during a simultaneous open: connection refused</source>
        <translation>RST during a simultaneous open: connection refused</translation>
    </message>
    <message>
        <source>RST on an open connection: connection reset</source>
        <translation>RST on an open connection: connection reset</translation>
    </message>
    <message>
        <source>RST while closing (CLOSING, LAST_ACK)</source>
        <translation>RST while closing (CLOSING, LAST_ACK)</translation>
    </message>
    <message>
        <source>RST in TIME_WAIT: TIME_WAIT assassination</source>
        <translation>RST in TIME_WAIT: TIME_WAIT assassination</translation>
    </message>
    <message>
        <source>SYN retransmissions given up: connection timed out</source>
        <translation>SYN retransmissions given up: connection timed out</translation>
    </message>
    <message>
        <source>SYN,ACK retransmissions given up: half-open connection dropped</source>
        <translation>SYN,ACK retransmissions given up: half-open connection dropped</translation>
    </message>
    <message>
        <source>data or FIN retransmissions given up</source>
        <translation>data or FIN retransmissions given up</translation>
    </message>
    <message>
        <source>orphaned FIN_WAIT_2 timed out</source>
        <translation>orphaned FIN_WAIT_2 timed out</translation>
    </message>
    <message>
        <source>keepalive probes unanswered: peer presumed dead</source>
        <translation>keepalive probes unanswered: peer presumed dead</translation>
    </message>
    <message>
        <source>application abort: RST sent</source>
        <translation>application abort: RST sent</translation>
    </message>
    <message>
        <source>host crashed: connection forgotten</source>
        <translation>host crashed: connection forgotten</translation>
    </message>
    <message>
        <source>host crashed: listener gone</source>
        <translation>host crashed: listener gone</translation>
    </message>
    <message>
        <source>SYN cookie: connection born ESTABLISHED</source>
        <translation>SYN cookie: connection born ESTABLISHED</translation>
    </message>
    <message>
        <source>FIN in SYN_RECEIVED: straight to CLOSE_WAIT</source>
        <translation>FIN in SYN_RECEIVED: straight to CLOSE_WAIT</translation>
    </message>
    <message>
        <source>SYN accepted in TIME_WAIT (RFC 6191): new incarnation</source>
        <translation>SYN accepted in TIME_WAIT (RFC 6191): new incarnation</translation>
    </message>
    <message>
        <source>TIME_WAIT taken over by tcp_tw_reuse</source>
        <translation>TIME_WAIT taken over by tcp_tw_reuse</translation>
    </message>
    <message>
        <source>TIME_WAIT taken over by bind() with SO_REUSEADDR</source>
        <translation>TIME_WAIT taken over by bind() with SO_REUSEADDR</translation>
    </message>
    <message>
        <source>TIME_WAIT destroyed: tcp_max_tw_buckets full</source>
        <translation>TIME_WAIT destroyed: tcp_max_tw_buckets full</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TCP State Lab: watch TCP&apos;s state machine at work.</source>
        <translation>TCP State Lab: watch TCP&apos;s state machine at work.</translation>
    </message>
    <message>
        <source>Do not start playing.</source>
        <translation>Do not start playing.</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN); without it, the one chosen last time in View &gt; Language, else the system&apos;s.</source>
        <translation>User interface language (en, zh_CN); without it, the one chosen last time in View &gt; Language, else the system&apos;s.</translation>
    </message>
    <message>
        <source>With --render: the instant, in ms of virtual time (default 0).</source>
        <translation>With --render: the instant, in ms of virtual time (default 0).</translation>
    </message>
    <message>
        <source>With --render: the window&apos;s size (default 1920x1080).</source>
        <translation>With --render: the window&apos;s size (default 1920x1080).</translation>
    </message>
    <message>
        <source>With --render: as in classroom mode (F11).</source>
        <translation>With --render: as in classroom mode (F11).</translation>
    </message>
    <message>
        <source>With --render: compare mode, against this other run (FILE.json or builtin:NAME).</source>
        <translation>With --render: compare mode, against this other run (FILE.json or builtin:NAME).</translation>
    </message>
    <message>
        <source>With --render: compare mode, against the same scenario with key=value changed (repeatable).</source>
        <translation>With --render: compare mode, against the same scenario with key=value changed (repeatable).</translation>
    </message>
    <message>
        <source>--at-ms: expected a whole number of ms, got &quot;%1&quot;</source>
        <translation>--at-ms: expected a whole number of ms, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--render: expected one picture to write (OUT.png or OUT.svg) after the options</source>
        <translation>--render: expected one picture to write (OUT.png or OUT.svg) after the options</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT in pixels, each %1 to %2 (e.g. 1280x720), got &quot;%3&quot;</source>
        <translation>--size: expected WIDTHxHEIGHT in pixels, each %1 to %2 (e.g. 1280x720), got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: the picture must end in .png or .svg</source>
        <translation>%1: the picture must end in .png or .svg</translation>
    </message>
    <message>
        <source>--at-ms: expected a time of 0 ms or more, got %1</source>
        <translation>--at-ms: expected a time of 0 ms or more, got %1</translation>
    </message>
    <message>
        <source>%1: cannot write the picture: %2</source>
        <translation>%1: cannot write the picture: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1: cannot write the picture</translation>
    </message>
    <message>
        <source>Draw the window at one instant of SCENARIO (FILE.json or builtin:NAME, or a capture FILE.pcap or FILE.pcapng: its first connection) into the picture given as the last argument (OUT.png or OUT.svg), with no display, and exit.</source>
        <translation>Draw the window at one instant of SCENARIO (FILE.json or builtin:NAME, or a capture FILE.pcap or FILE.pcapng: its first connection) into the picture given as the last argument (OUT.png or OUT.svg), with no display, and exit.</translation>
    </message>
    <message>
        <source>A scenario (FILE.json) or a capture (FILE.pcap, FILE.pcapng) to open; with --render, the picture to write.</source>
        <translation>A scenario (FILE.json) or a capture (FILE.pcap, FILE.pcapng) to open; with --render, the picture to write.</translation>
    </message>
    <message>
        <source>--compare: compares two scenarios; %1 is a capture</source>
        <translation>--compare: compares two scenarios; %1 is a capture</translation>
    </message>
</context>
<context>
    <name>tcplab::CaptureDialog</name>
    <message>
        <source>%1 (assumed)</source>
        <translation>%1 (assumed)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Open capture: %1</source>
        <translation>Open capture: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n TCP connection(s) in this capture. Choose one to replay in the diagrams at its real timings. A capture is taken at one point: the states are inferred from the segments seen there, and the far end&apos;s are a guess.</source>
        <translation>
            <numerusform>%n TCP connection in this capture. Choose it to replay in the diagrams at its real timings. A capture is taken at one point: the states are inferred from the segments seen there, and the far end&apos;s are a guess.</numerusform>
            <numerusform>%n TCP connections in this capture. Choose one to replay in the diagrams at its real timings. A capture is taken at one point: the states are inferred from the segments seen there, and the far end&apos;s are a guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection (client → server)</source>
        <translation>Connection (client → server)</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Client: first → last state</source>
        <translation>Client: first → last state</translation>
    </message>
    <message>
        <source>Server: first → last state</source>
        <translation>Server: first → last state</translation>
    </message>
</context>
<context>
    <name>tcplab::ComparePane</name>
    <message>
        <source>Client: %1 · Server: %2</source>
        <translation>Client: %1 · Server: %2</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
</context>
<context>
    <name>tcplab::CompareView</name>
    <message>
        <source>TIME_WAIT %1</source>
        <translation>TIME_WAIT %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profile %1</translation>
    </message>
    <message>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Close compare</source>
        <translation>Close compare</translation>
    </message>
    <message>
        <source>Both runs, one clock: drag to any moment</source>
        <translation>Both runs, one clock: drag to any moment</translation>
    </message>
</context>
<context>
    <name>tcplab::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>tcplab::ExplorerCharts</name>
    <message>
        <source>Client sockets per state</source>
        <translation>Client sockets per state</translation>
    </message>
    <message>
        <source>Server sockets per state</source>
        <translation>Server sockets per state</translation>
    </message>
    <message>
        <source>virtual time (s)</source>
        <translation>virtual time (s)</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>sockets</translation>
    </message>
    <message>
        <source>Little&apos;s law: rate × TIME_WAIT</source>
        <translation>Little&apos;s law: rate × TIME_WAIT</translation>
    </message>
    <message>
        <source>Port ceiling (ephemeral ports)</source>
        <translation>Port ceiling (ephemeral ports)</translation>
    </message>
    <message>
        <source>B: TIME_WAIT</source>
        <translation>B: TIME_WAIT</translation>
    </message>
    <message>
        <source>B: CLOSE_WAIT</source>
        <translation>B: CLOSE_WAIT</translation>
    </message>
    <message>
        <source>B: Little&apos;s law</source>
        <translation>B: Little&apos;s law</translation>
    </message>
    <message>
        <source>Failed connects and pool exhaustion</source>
        <translation>Failed connects and pool exhaustion</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>per second</translation>
    </message>
    <message>
        <source>A: EADDRNOTAVAIL (no free port)</source>
        <translation>A: EADDRNOTAVAIL (no free port)</translation>
    </message>
    <message>
        <source>A: refused, pool full</source>
        <translation>A: refused, pool full</translation>
    </message>
    <message>
        <source>B: EADDRNOTAVAIL (no free port)</source>
        <translation>B: EADDRNOTAVAIL (no free port)</translation>
    </message>
    <message>
        <source>B: refused, pool full</source>
        <translation>B: refused, pool full</translation>
    </message>
    <message>
        <source>Steady state against %1</source>
        <translation>Steady state against %1</translation>
    </message>
    <message>
        <source>sockets (mean over the second half)</source>
        <translation>sockets (mean over the second half)</translation>
    </message>
    <message>
        <source>Client TIME_WAIT</source>
        <translation>Client TIME_WAIT</translation>
    </message>
    <message>
        <source>Server TIME_WAIT</source>
        <translation>Server TIME_WAIT</translation>
    </message>
    <message>
        <source>Server CLOSE_WAIT at end</source>
        <translation>Server CLOSE_WAIT at end</translation>
    </message>
    <message>
        <source>Failed connects per second</source>
        <translation>Failed connects per second</translation>
    </message>
</context>
<context>
    <name>tcplab::ExplorerParamsForm</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Connections per second</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>First ephemeral port</source>
        <translation>First ephemeral port</translation>
    </message>
    <message>
        <source>Last ephemeral port</source>
        <translation>Last ephemeral port</translation>
    </message>
    <message>
        <source>TIME_WAIT length</source>
        <translation>TIME_WAIT length</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>MSL</source>
        <translation>MSL</translation>
    </message>
    <message>
        <source>tcp_fin_timeout</source>
        <translation>tcp_fin_timeout</translation>
    </message>
    <message>
        <source>tcp_tw_reuse</source>
        <translation>tcp_tw_reuse</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Timestamps</translation>
    </message>
    <message>
        <source>tcp_max_tw_buckets</source>
        <translation>tcp_max_tw_buckets</translation>
    </message>
    <message>
        <source>One-way delay</source>
        <translation>One-way delay</translation>
    </message>
    <message>
        <source>Loss probability</source>
        <translation>Loss probability</translation>
    </message>
    <message>
        <source>Who closes first</source>
        <translation>Who closes first</translation>
    </message>
    <message>
        <source>Leak fraction (never closes)</source>
        <translation>Leak fraction (never closes)</translation>
    </message>
    <message>
        <source>Leaking side</source>
        <translation>Leaking side</translation>
    </message>
    <message>
        <source>Pool limit (0 = none)</source>
        <translation>Pool limit (0 = none)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Sample every</source>
        <translation>Sample every</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>constant rate</translation>
    </message>
    <message>
        <source>Poisson (random)</source>
        <translation>Poisson (random)</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>both at once</source>
        <translation>both at once</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>tcplab::ExplorerTab</name>
    <message>
        <source>Run A</source>
        <translation>Run A</translation>
    </message>
    <message>
        <source>Run B (compare)</source>
        <translation>Run B (compare)</translation>
    </message>
    <message>
        <source>Simulate these parameters as run A (stacked areas)</source>
        <translation>Simulate these parameters as run A (stacked areas)</translation>
    </message>
    <message>
        <source>Simulate these parameters as run B, drawn as lines over run A</source>
        <translation>Simulate these parameters as run B, drawn as lines over run A</translation>
    </message>
    <message>
        <source>Client host</source>
        <translation>Client host</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server host</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Populations</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Set the parameters and press Run A.</source>
        <translation>Set the parameters and press Run A.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Run sweep</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Vary</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>Running A…</source>
        <translation>Running A…</translation>
    </message>
    <message>
        <source>Running B…</source>
        <translation>Running B…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1%2: steady state from %3 s — client TIME_WAIT %4 (Little&apos;s law %5), server CLOSE_WAIT %6 at the end, %7 failed connects (EADDRNOTAVAIL); %8 core events.</source>
        <translation>%1%2: steady state from %3 s — client TIME_WAIT %4 (Little&apos;s law %5), server CLOSE_WAIT %6 at the end, %7 failed connects (EADDRNOTAVAIL); %8 core events.</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <source>Sweep not started: %1</source>
        <translation>Sweep not started: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %1 over %n point(s) on all cores…</source>
        <translation>
            <numerusform>Sweeping %1 over %n point on all cores…</numerusform>
            <numerusform>Sweeping %1 over %n points on all cores…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>Sweep cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep of %1: %n point(s), each the mean over the second half of its run.</source>
        <translation>
            <numerusform>Sweep of %1: %n point, each the mean over the second half of its run.</numerusform>
            <numerusform>Sweep of %1: %n points, each the mean over the second half of its run.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>The sweep point %1 = %2</source>
        <translation>The sweep point %1 = %2</translation>
    </message>
    <message>
        <source>Run budget reached</source>
        <translation>Run budget reached</translation>
    </message>
    <message>
        <source>%1 stopped at its budget %2 = %3 at t = %4 s of virtual time; what ran so far is shown.

A larger sample interval (sample_ms) or a shorter duration (duration_ms) stays within it; tcplab-cli explore --budget %2=N raises it.</source>
        <translation>%1 stopped at its budget %2 = %3 at t = %4 s of virtual time; what ran so far is shown.

A larger sample interval (sample_ms) or a shorter duration (duration_ms) stays within it; tcplab-cli explore --budget %2=N raises it.</translation>
    </message>
    <message>
        <source>Run not started: expected %1</source>
        <translation>Run not started: expected %1</translation>
    </message>
    <message>
        <source>Explorer run failed</source>
        <translation>Explorer run failed</translation>
    </message>
    <message>
        <source>The run stopped without a result (the machine ran out of memory?). Try a larger sample interval or a shorter duration.</source>
        <translation>The run stopped without a result (the machine ran out of memory?). Try a larger sample interval or a shorter duration.</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>The run failed.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
</context>
<context>
    <name>tcplab::FaultRuleDialog</name>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>drop</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>delay</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>The %1&apos;s segment #%2 of kind %3 will be: %4. The rule applies from the start of the run.</source>
        <translation>The %1&apos;s segment #%2 of kind %3 will be: %4. The rule applies from the start of the run.</translation>
    </message>
</context>
<context>
    <name>tcplab::HelpWindow</name>
    <message>
        <source>Open this scenario</source>
        <translation>Open this scenario</translation>
    </message>
    <message>
        <source>Search the help (Enter: next match, Shift+Enter: previous)</source>
        <translation>Search the help (Enter: next match, Shift+Enter: previous)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>no match</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>tcplab::LadderView</name>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>delayed</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>expired (MSL)</source>
        <translation>expired (MSL)</translation>
    </message>
    <message>
        <source>stray (old incarnation)</source>
        <translation>stray (old incarnation)</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>… %1 idle …</source>
        <translation>… %1 idle …</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>now: %1</translation>
    </message>
    <message>
        <source>other addresses</source>
        <translation>other addresses</translation>
    </message>
    <message>
        <source>the two runs differ from here (%1)</source>
        <translation>the two runs differ from here (%1)</translation>
    </message>
    <message>
        <source>STRAY ACCEPTED</source>
        <translation>STRAY ACCEPTED</translation>
    </message>
    <message>
        <source>stray rejected</source>
        <translation>stray rejected</translation>
    </message>
    <message>
        <source>expired (older than MSL)</source>
        <translation>expired (older than MSL)</translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation>%1 idle</translation>
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
    <message>
        <source>Parameters changed: they apply at the next reset.</source>
        <translation>Parameters changed: they apply at the next reset.</translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation>Drop it</translation>
    </message>
    <message>
        <source>Duplicate it (the copy arrives later)…</source>
        <translation>Duplicate it (the copy arrives later)…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>The copy arrives this many ms after the original:</source>
        <translation>The copy arrives this many ms after the original:</translation>
    </message>
    <message>
        <source>Duplicated: the rule is kept for &quot;save as scenario&quot;.</source>
        <translation>Duplicated: the rule is kept for &quot;save as scenario&quot;.</translation>
    </message>
    <message>
        <source>Delay it…</source>
        <translation>Delay it…</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Extra delay in ms:</source>
        <translation>Extra delay in ms:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <source>virtual time %1 · speed %2× · %3 · profile %4 · MSL %5 · TIME_WAIT %6</source>
        <translation>virtual time %1 · speed %2× · %3 · profile %4 · MSL %5 · TIME_WAIT %6</translation>
    </message>
    <message>
        <source>Segment #%1</source>
        <translation>Segment #%1</translation>
    </message>
    <message>
        <source>%1%2 — TCP State Lab</source>
        <translation>%1%2 — TCP State Lab</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Cannot open the scenario</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1: it replays this run exactly.</source>
        <translation>Saved %1: it replays this run exactly.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Open a scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scenarios (*.json)</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Save as scenario</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export the diagrams</source>
        <translation>Export the diagrams</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>What you did by hand (actions, faults, parameters) is not saved. Save it as a scenario first?</source>
        <translation>What you did by hand (actions, faults, parameters) is not saved. Save it as a scenario first?</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>TCP State Lab — help</source>
        <translation>TCP State Lab — help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Double-click an event (or press Enter) to jump the timeline there</source>
        <translation>Double-click an event (or press Enter) to jump the timeline there</translation>
    </message>
    <message>
        <source>Application buttons</source>
        <translation>Application buttons</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Compare with the counterpart lesson</source>
        <translation>Compare with the counterpart lesson</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Compare with %1</translation>
    </message>
    <message>
        <source>A copy made by the network cannot be changed; change its original instead</source>
        <translation>A copy made by the network cannot be changed; change its original instead</translation>
    </message>
    <message>
        <source>This scenario names no counterpart to compare with; try &quot;Compare with these parameters&quot; in the Parameters dock.</source>
        <translation>This scenario names no counterpart to compare with; try &quot;Compare with these parameters&quot; in the Parameters dock.</translation>
    </message>
    <message>
        <source>Cannot open the counterpart</source>
        <translation>Cannot open the counterpart</translation>
    </message>
    <message>
        <source>Export the ladder as text (Mermaid, PlantUML)…</source>
        <translation>Export the ladder as text (Mermaid, PlantUML)…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Export the ladder as text</source>
        <translation>Export the ladder as text</translation>
    </message>
    <message>
        <source>Mermaid sequence diagram (*.mmd *.md);;PlantUML (*.puml)</source>
        <translation>Mermaid sequence diagram (*.mmd *.md);;PlantUML (*.puml)</translation>
    </message>
    <message>
        <source>Exported %1 (up to now: %2)</source>
        <translation>Exported %1 (up to now: %2)</translation>
    </message>
    <message>
        <source>Opened %1: press Space (Play) to start.</source>
        <translation>Opened %1: press Space (Play) to start.</translation>
    </message>
    <message>
        <source>Open the default scenario (lesson 01)</source>
        <translation>Open the default scenario (lesson 01)</translation>
    </message>
    <message>
        <source>Reopened the scenario of last time, %1. File → Open the default scenario goes back to lesson 01.</source>
        <translation>Reopened the scenario of last time, %1. File → Open the default scenario goes back to lesson 01.</translation>
    </message>
    <message>
        <source>Run budget reached</source>
        <translation>Run budget reached</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Cannot save the scenario</translation>
    </message>
    <message>
        <source>Open &amp;capture (pcap, pcapng)…</source>
        <translation>Open &amp;capture (pcap, pcapng)…</translation>
    </message>
    <message>
        <source>Export the run as a capture (pcap)…</source>
        <translation>Export the run as a capture (pcap)…</translation>
    </message>
    <message>
        <source>Cannot open the capture</source>
        <translation>Cannot open the capture</translation>
    </message>
    <message>
        <source>%1: there is no connection %2; the capture has %3 (numbered from 1)</source>
        <translation>%1: there is no connection %2; the capture has %3 (numbered from 1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n segment(s). Seen at the %3; the %4&apos;s state is inferred, and the one-way delay (%5) is half the shortest round trip the capture shows.</source>
        <translation>
            <numerusform>%1: %2, %n segment. Seen at the %3; the %4&apos;s state is inferred, and the one-way delay (%5) is half the shortest round trip the capture shows.</numerusform>
            <numerusform>%1: %2, %n segments. Seen at the %3; the %4&apos;s state is inferred, and the one-way delay (%5) is half the shortest round trip the capture shows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1: %n packet(s) as the %2 sees them.</source>
        <translation>
            <numerusform>Exported %1: %n packet as the %2 sees it.</numerusform>
            <numerusform>Exported %1: %n packets as the %2 sees them.</numerusform>
        </translation>
    </message>
    <message>
        <source>virtual time %1 · speed %2× · %3 · capture seen at the %4 · one-way delay %5 (measured)</source>
        <translation>virtual time %1 · speed %2× · %3 · capture seen at the %4 · one-way delay %5 (measured)</translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation>Open a capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap);;All files (*)</translation>
    </message>
    <message>
        <source>Export the run as a capture</source>
        <translation>Export the run as a capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap)</source>
        <translation>Captures (*.pcap)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Transition map…</source>
        <translation>Transition map…</translation>
    </message>
    <message>
        <source>Mission panel in full</source>
        <translation>Mission panel in full</translation>
    </message>
</context>
<context>
    <name>tcplab::MissionPanel</name>
    <message>
        <source>The goal, rule by rule (the file&apos;s &quot;expect&quot;):</source>
        <translation>The goal, rule by rule (the file&apos;s &quot;expect&quot;):</translation>
    </message>
    <message>
        <source>One solution changes:</source>
        <translation>One solution changes:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>You may change:</source>
        <translation>You may change:</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Goal met ✓</source>
        <translation>Goal met ✓</translation>
    </message>
    <message>
        <source>Goal not met.</source>
        <translation>Goal not met.</translation>
    </message>
    <message>
        <source>Goal not met: %1</source>
        <translation>Goal not met: %1</translation>
    </message>
    <message>
        <source>Not yet: every rule holds so far; the run is not over.</source>
        <translation>Not yet: every rule holds so far; the run is not over.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Not yet: %1</translation>
    </message>
    <message>
        <source>⚠ This run changes %1, which the mission does not allow: it does not count.</source>
        <translation>⚠ This run changes %1, which the mission does not allow: it does not count.</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Show a hint</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>Next hint</translation>
    </message>
    <message>
        <source>Hint %1 of %2:</source>
        <translation>Hint %1 of %2:</translation>
    </message>
    <message>
        <source>Why it cannot be done:</source>
        <translation>Why it cannot be done:</translation>
    </message>
    <message>
        <source>Why it works:</source>
        <translation>Why it works:</translation>
    </message>
    <message>
        <source>The explanation:</source>
        <translation>The explanation:</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Give up</translation>
    </message>
    <message>
        <source>Show the explanation (and, if there is one, what a solution changes)</source>
        <translation>Show the explanation (and, if there is one, what a solution changes)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a goal rule — what the run shows</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>tcplab::ParamsPanel</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>MSL (slider)</source>
        <translation>MSL (slider)</translation>
    </message>
    <message>
        <source>Changes apply at the next reset. Bold: differs from the profile.</source>
        <translation>Changes apply at the next reset. Bold: differs from the profile.</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profile %1: %2</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>MSL in steps from %1 to %2; type any other value into msl_ms below.</source>
        <translation>MSL in steps from %1 to %2; type any other value into msl_ms below.</translation>
    </message>
    <message>
        <source>Compare with these parameters</source>
        <translation>Compare with these parameters</translation>
    </message>
    <message>
        <source>Show the run on screen and the same scenario with these values side by side, under one clock</source>
        <translation>Show the run on screen and the same scenario with these values side by side, under one clock</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Switch profile</translation>
    </message>
    <message>
        <source>Switch to the %1 profile?</source>
        <translation>Switch to the %1 profile?</translation>
    </message>
    <message>
        <source>Values that differ from the %1 profile: %2.</source>
        <translation>Values that differ from the %1 profile: %2.</translation>
    </message>
    <message>
        <source>Keep my edited values</source>
        <translation>Keep my edited values</translation>
    </message>
    <message>
        <source>Use the profile&apos;s values</source>
        <translation>Use the profile&apos;s values</translation>
    </message>
    <message>
        <source>MSL %1 → TIME_WAIT %2 (2×MSL)</source>
        <translation>MSL %1 → TIME_WAIT %2 (2×MSL)</translation>
    </message>
    <message>
        <source>MSL %1 → TIME_WAIT %2 (fixed by the %3 profile, whatever MSL is)</source>
        <translation>MSL %1 → TIME_WAIT %2 (fixed by the %3 profile, whatever MSL is)</translation>
    </message>
    <message>
        <source>MSL %1 → TIME_WAIT %2 (fixed by time_wait_ms)</source>
        <translation>MSL %1 → TIME_WAIT %2 (fixed by time_wait_ms)</translation>
    </message>
    <message>
        <source>⚠ MSL %1 is shorter than the one-way delay %2: every segment expires in the network before it arrives.</source>
        <translation>⚠ MSL %1 is shorter than the one-way delay %2: every segment expires in the network before it arrives.</translation>
    </message>
    <message>
        <source>The network discards every segment older than MSL. A segment needs the one-way delay (%1) to cross, longer than MSL (%2), so none can ever arrive: not even the first SYN.</source>
        <translation>The network discards every segment older than MSL. A segment needs the one-way delay (%1) to cross, longer than MSL (%2), so none can ever arrive: not even the first SYN.</translation>
    </message>
    <message>
        <source>🔒 A mission is open: the values it does not let you change are locked.</source>
        <translation>🔒 A mission is open: the values it does not let you change are locked.</translation>
    </message>
</context>
<context>
    <name>tcplab::PeerControls</name>
    <message>
        <source>Client application</source>
        <translation>Client application</translation>
    </message>
    <message>
        <source>Server application</source>
        <translation>Server application</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>listen(): open a passive socket</source>
        <translation>listen(): open a passive socket</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>connect(): active open, sends a SYN</source>
        <translation>connect(): active open, sends a SYN</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>send(): write 100 bytes</source>
        <translation>send(): write 100 bytes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>close(): no more data from us; sends a FIN</source>
        <translation>close(): no more data from us; sends a FIN</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation>Shutdown</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): send a FIN but keep reading</source>
        <translation>shutdown(SHUT_WR): send a FIN but keep reading</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>abort: send an RST and forget the connection</source>
        <translation>abort: send an RST and forget the connection</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Crash</translation>
    </message>
    <message>
        <source>the host crashes and forgets everything silently</source>
        <translation>the host crashes and forgets everything silently</translation>
    </message>
    <message>
        <source>Never closes</source>
        <translation>Never closes</translation>
    </message>
    <message>
        <source>An application bug: after EOF it never calls close(), so the socket stays in CLOSE_WAIT</source>
        <translation>An application bug: after EOF it never calls close(), so the socket stays in CLOSE_WAIT</translation>
    </message>
</context>
<context>
    <name>tcplab::QuestionDirector</name>
    <message>
        <source>Ask questions</source>
        <translation>Ask questions</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Stop at each question of the lesson and wait for an answer (off: a plain demonstration)</source>
        <translation>Stop at each question of the lesson and wait for an answer (off: a plain demonstration)</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 of %2 right</translation>
    </message>
    <message>
        <source>Questions: %1 · best %2 of %3</source>
        <translation>Questions: %1 · best %2 of %3</translation>
    </message>
</context>
<context>
    <name>tcplab::QuestionPanel</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>✓ Right!</source>
        <translation>✓ Right!</translation>
    </message>
    <message>
        <source>✗ Not quite: the answer is %1.</source>
        <translation>✗ Not quite: the answer is %1.</translation>
    </message>
    <message>
        <source>Continue ▶ (Space)</source>
        <translation>Continue ▶ (Space)</translation>
    </message>
</context>
<context>
    <name>tcplab::RecentFiles</name>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>capture</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
</context>
<context>
    <name>tcplab::RunProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop here (Esc): the run stays where it got to</source>
        <translation>Stop here (Esc): the run stays where it got to</translation>
    </message>
    <message>
        <source>Running to t = %1…</source>
        <translation>Running to t = %1…</translation>
    </message>
    <message>
        <source>Finding the run&apos;s events…</source>
        <translation>Finding the run&apos;s events…</translation>
    </message>
    <message>
        <source>Opening the capture %1…</source>
        <translation>Opening the capture %1…</translation>
    </message>
    <message>
        <source>Stop opening it (Esc): the run on screen stays as it is</source>
        <translation>Stop opening it (Esc): the run on screen stays as it is</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioLibrary</name>
    <message>
        <source>Open this scenario</source>
        <translation>Open this scenario</translation>
    </message>
    <message numerus="yes">
        <source>Lesson %1 · %n variants</source>
        <comment>a heading in the scenario list</comment>
        <translation>
            <numerusform>Lesson %1 · %n variant</numerusform>
            <numerusform>Lesson %1 · %n variants</numerusform>
        </translation>
    </message>
    <message>
        <source>Missions</source>
        <comment>the heading of the missions in the scenario list</comment>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>A mission gives a goal and what you may change: change it until the goal is met. The Mission panel checks the goal while the run plays, gives hints one at a time and explains.</source>
        <translation>A mission gives a goal and what you may change: change it until the goal is met. The Mission panel checks the goal while the run plays, gives hints one at a time and explains.</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
</context>
<context>
    <name>tcplab::SimulationController</name>
    <message>
        <source>This segment cannot be changed any more (it is a network copy, already doomed, or gone).</source>
        <translation>This segment cannot be changed any more (it is a network copy, already doomed, or gone).</translation>
    </message>
    <message>
        <source>The run stopped at t = %1 s of virtual time: it reached its budget %2 = %3. What ran so far is shown; tcplab-cli run --budget %2=N runs it further.</source>
        <translation>The run stopped at t = %1 s of virtual time: it reached its budget %2 = %3. What ran so far is shown; tcplab-cli run --budget %2=N runs it further.</translation>
    </message>
    <message>
        <source>This is a capture: it shows what happened and cannot be changed. Open a scenario to try actions and faults.</source>
        <translation>This is a capture: it shows what happened and cannot be changed. Open a scenario to try actions and faults.</translation>
    </message>
    <message>
        <source>Cancelled: the timeline shows the events found up to t = %1 s.</source>
        <translation>Cancelled: the timeline shows the events found up to t = %1 s.</translation>
    </message>
    <message>
        <source>Cancelled at t = %1 s: the run shows what ran up to there (it was going to t = %2 s).</source>
        <translation>Cancelled at t = %1 s: the run shows what ran up to there (it was going to t = %2 s).</translation>
    </message>
</context>
<context>
    <name>tcplab::StateDiagramView</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ A segment of an older connection was ACCEPTED by this one</source>
        <translation>⚠ A segment of an older connection was ACCEPTED by this one</translation>
    </message>
    <message>
        <source>⚠ A segment of an older connection was ACCEPTED: «%1»</source>
        <translation>⚠ A segment of an older connection was ACCEPTED: «%1»</translation>
    </message>
    <message>
        <source>A segment of an older connection arrived and was rejected</source>
        <translation>A segment of an older connection arrived and was rejected</translation>
    </message>
</context>
<context>
    <name>tcplab::TimerPanel</name>
    <message>
        <source>no timer running</source>
        <translation>no timer running</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message numerus="yes">
        <source>+%n more timer(s)</source>
        <translation>
            <numerusform>+%n more timer</numerusform>
            <numerusform>+%n more timers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcplab::TransitionMapDialog</name>
    <message>
        <source>reset</source>
        <translation>reset</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>abort</translation>
    </message>
    <message>
        <source>crash</source>
        <translation>crash</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>any state</source>
        <translation>any state</translation>
    </message>
    <message>
        <source>Transition map</source>
        <translation>Transition map</translation>
    </message>
    <message>
        <source>Transitions the figure does not draw: resets, timeouts giving up, aborts, crashes and extensions</source>
        <translation>Transitions the figure does not draw: resets, timeouts giving up, aborts, crashes and extensions</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Open the lesson</source>
        <translation>Open the lesson</translation>
    </message>
    <message>
        <source>Forget what I have seen…</source>
        <translation>Forget what I have seen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>RFC 9293, Figure 5 — ✓ seen, dashed: not yet. Click an arrow to find a lesson that walks it.</source>
        <translation>RFC 9293, Figure 5 — ✓ seen, dashed: not yet. Click an arrow to find a lesson that walks it.</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>seen</translation>
    </message>
    <message>
        <source>not yet seen</source>
        <translation>not yet seen</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Pick a dashed arrow of the figure or a row of the list: a lesson that walks it is offered.</source>
        <translation>Pick a dashed arrow of the figure or a row of the list: a lesson that walks it is offered.</translation>
    </message>
    <message>
        <source>lesson %1 — %2</source>
        <translation>lesson %1 — %2</translation>
    </message>
    <message>
        <source>%1: no built-in lesson walks it; try it by hand.</source>
        <translation>%1: no built-in lesson walks it; try it by hand.</translation>
    </message>
    <message>
        <source>%1: seen. Walk it again in %2</source>
        <translation>%1: seen. Walk it again in %2</translation>
    </message>
    <message>
        <source>%1: not yet seen. Walk it in %2</source>
        <translation>%1: not yet seen. Walk it in %2</translation>
    </message>
    <message>
        <source>Forget what I have seen</source>
        <translation>Forget what I have seen</translation>
    </message>
    <message>
        <source>Forget every transition seen so far? The map starts again from nothing.</source>
        <translation>Forget every transition seen so far? The map starts again from nothing.</translation>
    </message>
</context>
<context>
    <name>tcplab::TransitionMapStore</name>
    <message>
        <source>%1 of %2 figure edges · %3 of %4 resets and timeouts</source>
        <translation>%1 of %2 figure edges · %3 of %4 resets and timeouts</translation>
    </message>
</context>
</TS>
