<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>EventExplainer</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 opens a listening socket: it waits for a SYN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 returns to LISTEN (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sends a SYN and moves to SYN_SENT: an active open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 received a SYN: it answers SYN,ACK and moves to SYN_RECEIVED.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 moves to ESTABLISHED (%2): the handshake is complete on its side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application closed: it sends a FIN and moves to FIN_WAIT_1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 received the ACK of its FIN: it moves to FIN_WAIT_2 and waits for the peer's FIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 received FIN: it ACKs and moves to CLOSE_WAIT until its application closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 received FIN while its own FIN is unacknowledged: simultaneous close, CLOSING.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application closed too: it sends its FIN and waits in LAST_ACK for the last ACK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 received FIN: it ACKs and moves to TIME_WAIT because the active closer must stay 2×MSL in case that ACK is lost and old duplicates are still around.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 moves to CLOSED (%2): the connection's TCB is deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 moves to %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sends %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 receives %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a segment to %1 is dropped (%2): %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 starts its %2 timer (retransmission %3), due at %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 starts its %2 timer, due at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's %2 timer fires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cancels its %2 timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application: connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application receives %2 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application reads end of file: the peer closed its side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application: connection reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application: connection refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application: connection timed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application: connection closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's application: error (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANGER: %1 accepted a segment from an older incarnation: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 saw a segment from an older incarnation and rejected it: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EOF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ %n stray segment(s) from an old incarnation ACCEPTED</source>
        <translation>
            <numerusform>⚠ %n stray segment from an old incarnation ACCEPTED</numerusform><numerusform>⚠ %n stray segments from an old incarnation ACCEPTED</numerusform></translation>
    </message>
</context>
<context>
    <name>FaultRuleDialog</name>
    <message>
        <source>Add a fault rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segments of kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which one (counting retransmissions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra delay (ms)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TCP State Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip idle time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline: drag to rewind or jump; the run is replayed exactly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as scenario…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export diagrams as &amp;PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export diagrams as S&amp;VG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step to the next event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the previous event (replays the run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to time 0; parameter changes take effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a fault rule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear hand edits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classroom mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen, large fonts, high contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross long waits with nothing on the wire (a 240 s TIME_WAIT) in a few seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>States, transitions and parameters…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <source>passive OPEN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create TCB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLOSE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete TCB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active OPEN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create TCB, snd SYN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rcv SYN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>snd SYN,ACK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rcv RST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SEND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>snd SYN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>snd ACK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>snd FIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rcv FIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeout=2MSL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLOSED: no connection at all. No TCB exists (RFC 9293 §3.3.2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LISTEN: a server waits for a connection request (a SYN) from any remote peer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYN_SENT: this side sent a SYN and waits for the peer's SYN,ACK (an active open).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYN_RECEIVED: a SYN arrived and was answered with SYN,ACK; waiting for the ACK that completes the three-way handshake.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ESTABLISHED: the connection is open; data flows both ways.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIN_WAIT_1: the application closed; our FIN is on its way and not yet acknowledged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIN_WAIT_2: our FIN was acknowledged; waiting for the peer to close its side (its FIN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLOSE_WAIT: the peer closed its side (FIN received); waiting for our application to call close(). A server stuck here has forgotten to close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLOSING: both sides closed at the same time; waiting for the ACK of our FIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LAST_ACK: the passive closer sent its FIN and waits for the last ACK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIME_WAIT: the active closer waits 2×MSL so a lost last ACK can be resent and old duplicates die out before the 4-tuple is reused (RFC 9293 §3.6.1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::FaultRuleDialog</name>
    <message>
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1's segment #%2 of kind %3 will be: %4. The rule applies from the start of the run.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::LadderView</name>
    <message>
        <source>control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delayed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired (MSL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stray (old incarnation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… %1 idle …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
    <message>
        <source>Click an event to jump the timeline there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters changed: they apply at the next reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate it (the copy arrives later)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy arrives this many ms after the original:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicated: the rule is kept for "save as scenario".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra delay in ms:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t = %1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>virtual time %1 · speed %2× · %3 · profile %4 · MSL %5 · TIME_WAIT %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%2 — TCP State Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1: it replays this run exactly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the diagrams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you did by hand (actions, faults, parameters) is not saved. Save it as a scenario first?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCP State Lab — help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::ParamsPanel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MSL (slider)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes apply at the next reset. Bold: differs from the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::PeerControls</name>
    <message>
        <source>Client application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listen(): open a passive socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connect(): active open, sends a SYN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send(): write 100 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close(): no more data from us; sends a FIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shutdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shutdown(SHUT_WR): send a FIN but keep reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abort: send an RST and forget the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host crashes and forgets everything silently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An application bug: after EOF it never calls close(), so the socket stays in CLOSE_WAIT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::ScenarioLibrary</name>
    <message>
        <source>Open this scenario</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::SimulationController</name>
    <message>
        <source>This segment cannot be changed any more (it is a network copy, already doomed, or gone).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::StateDiagramView</name>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tcplab::TimerPanel</name>
    <message>
        <source>no timer running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>