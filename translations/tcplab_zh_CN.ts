<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EventExplainer</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1 opens a listening socket: it waits for a SYN.</source>
        <translation>%1 打开监听套接字：等待 SYN。</translation>
    </message>
    <message>
        <source>%1 returns to LISTEN (%2).</source>
        <translation>%1 回到 LISTEN（%2）。</translation>
    </message>
    <message>
        <source>%1 sends a SYN and moves to SYN_SENT: an active open.</source>
        <translation>%1 发送 SYN，进入 SYN_SENT：主动打开。</translation>
    </message>
    <message>
        <source>%1 received a SYN: it answers SYN,ACK and moves to SYN_RECEIVED.</source>
        <translation>%1 收到 SYN：回复 SYN,ACK，进入 SYN_RECEIVED。</translation>
    </message>
    <message>
        <source>%1 moves to ESTABLISHED (%2): the handshake is complete on its side.</source>
        <translation>%1 进入 ESTABLISHED（%2）：它这一侧的握手完成。</translation>
    </message>
    <message>
        <source>%1's application closed: it sends a FIN and moves to FIN_WAIT_1.</source>
        <translation>%1 的应用程序关闭：发送 FIN，进入 FIN_WAIT_1。</translation>
    </message>
    <message>
        <source>%1 received the ACK of its FIN: it moves to FIN_WAIT_2 and waits for the peer's FIN.</source>
        <translation>%1 收到对其 FIN 的 ACK：进入 FIN_WAIT_2，等待对端的 FIN。</translation>
    </message>
    <message>
        <source>%1 received FIN: it ACKs and moves to CLOSE_WAIT until its application closes.</source>
        <translation>%1 收到 FIN：回复 ACK，进入 CLOSE_WAIT，直到其应用程序关闭。</translation>
    </message>
    <message>
        <source>%1 received FIN while its own FIN is unacknowledged: simultaneous close, CLOSING.</source>
        <translation>%1 在自己的 FIN 尚未被确认时收到 FIN：同时关闭，进入 CLOSING。</translation>
    </message>
    <message>
        <source>%1's application closed too: it sends its FIN and waits in LAST_ACK for the last ACK.</source>
        <translation>%1 的应用程序也关闭了：发送 FIN，在 LAST_ACK 中等待最后的 ACK。</translation>
    </message>
    <message>
        <source>%1 received FIN: it ACKs and moves to TIME_WAIT because the active closer must stay 2×MSL in case that ACK is lost and old duplicates are still around.</source>
        <translation>%1 收到 FIN：回复 ACK 并进入 TIME_WAIT，因为主动关闭方必须停留 2×MSL，以防这个 ACK 丢失，并让旧的重复报文消失。</translation>
    </message>
    <message>
        <source>%1 moves to CLOSED (%2): the connection's TCB is deleted.</source>
        <translation>%1 进入 CLOSED（%2）：连接的 TCB 被删除。</translation>
    </message>
    <message>
        <source>%1 moves to %2 (%3).</source>
        <translation>%1 进入 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 sends %2.</source>
        <translation>%1 发送 %2。</translation>
    </message>
    <message>
        <source>%1 receives %2.</source>
        <translation>%1 收到 %2。</translation>
    </message>
    <message>
        <source>a segment to %1 is dropped (%2): %3.</source>
        <translation>发往%1的报文段被丢弃（%2）：%3。</translation>
    </message>
    <message>
        <source>%1 starts its %2 timer (retransmission %3), due at %4.</source>
        <translation>%1 启动 %2 定时器（第 %3 次重传），到期时间 %4。</translation>
    </message>
    <message>
        <source>%1 starts its %2 timer, due at %3.</source>
        <translation>%1 启动 %2 定时器，到期时间 %3。</translation>
    </message>
    <message>
        <source>%1's %2 timer fires.</source>
        <translation>%1 的 %2 定时器到期。</translation>
    </message>
    <message>
        <source>%1 cancels its %2 timer.</source>
        <translation>%1 取消 %2 定时器。</translation>
    </message>
    <message>
        <source>%1's application: connected.</source>
        <translation>%1 的应用程序：已连接。</translation>
    </message>
    <message>
        <source>%1's application receives %2 bytes.</source>
        <translation>%1 的应用程序收到 %2 字节。</translation>
    </message>
    <message>
        <source>%1's application reads end of file: the peer closed its side.</source>
        <translation>%1 的应用程序读到文件结束（EOF）：对端关闭了它的一侧。</translation>
    </message>
    <message>
        <source>%1's application: connection reset.</source>
        <translation>%1 的应用程序：连接被重置。</translation>
    </message>
    <message>
        <source>%1's application: connection refused.</source>
        <translation>%1 的应用程序：连接被拒绝。</translation>
    </message>
    <message>
        <source>%1's application: connection timed out.</source>
        <translation>%1 的应用程序：连接超时。</translation>
    </message>
    <message>
        <source>%1's application: connection closed.</source>
        <translation>%1 的应用程序：连接已关闭。</translation>
    </message>
    <message>
        <source>%1's application: error (%2).</source>
        <translation>%1 的应用程序：错误（%2）。</translation>
    </message>
    <message>
        <source>DANGER: %1 accepted a segment from an older incarnation: %2.</source>
        <translation>危险：%1 接受了来自旧连接实例的报文段：%2。</translation>
    </message>
    <message>
        <source>%1 saw a segment from an older incarnation and rejected it: %2.</source>
        <translation>%1 收到来自旧连接实例的报文段并拒绝了它：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 bytes received</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>EOF</source>
        <translation>EOF</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n stray segment(s) from an old incarnation ACCEPTED</source>
        <translation>
            <numerusform>⚠ 接受了 %n 个来自旧连接实例的迷途报文段</numerusform></translation>
    </message>
</context>
<context>
    <name>FaultRuleDialog</name>
    <message>
        <source>Add a fault rule</source>
        <translation>添加故障规则</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Segments of kind</source>
        <translation>报文段类型</translation>
    </message>
    <message>
        <source>Which one (counting retransmissions)</source>
        <translation>第几个（包括重传）</translation>
    </message>
    <message>
        <source>What happens to it</source>
        <translation>如何处理</translation>
    </message>
    <message>
        <source>Extra delay (ms)</source>
        <translation>额外延迟（毫秒）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TCP State Lab</source>
        <translation>TCP 状态实验室</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Skip idle time</source>
        <translation>跳过空闲时间</translation>
    </message>
    <message>
        <source>Timeline: drag to rewind or jump; the run is replayed exactly</source>
        <translation>时间轴：拖动以倒回或跳转；运行会被精确重放</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save as scenario…</source>
        <translation>另存为场景(&amp;S)…</translation>
    </message>
    <message>
        <source>Export diagrams as &amp;PNG…</source>
        <translation>导出图为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Export diagrams as S&amp;VG…</source>
        <translation>导出图为 S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Step to the next event</source>
        <translation>前进到下一个事件</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back to the previous event (replays the run)</source>
        <translation>回到上一个事件（重放运行）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to time 0; parameter changes take effect</source>
        <translation>回到时间 0；参数修改生效</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减速</translation>
    </message>
    <message>
        <source>Add a fault rule…</source>
        <translation>添加故障规则…</translation>
    </message>
    <message>
        <source>Clear hand edits</source>
        <translation>清除手动操作</translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation>课堂模式</translation>
    </message>
    <message>
        <source>Full screen, large fonts, high contrast</source>
        <translation>全屏、大字体、高对比度</translation>
    </message>
    <message>
        <source>Cross long waits with nothing on the wire (a 240 s TIME_WAIT) in a few seconds</source>
        <translation>线路上没有报文时，把长时间等待（如 240 秒的 TIME_WAIT）压缩到几秒钟</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>States, transitions and parameters…</source>
        <translation>状态、转换与参数…</translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <source>passive OPEN</source>
        <translation>被动打开</translation>
    </message>
    <message>
        <source>create TCB</source>
        <translation>创建 TCB</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>delete TCB</source>
        <translation>删除 TCB</translation>
    </message>
    <message>
        <source>active OPEN</source>
        <translation>主动打开</translation>
    </message>
    <message>
        <source>create TCB, snd SYN</source>
        <translation>创建 TCB，发 SYN</translation>
    </message>
    <message>
        <source>rcv SYN</source>
        <translation>收 SYN</translation>
    </message>
    <message>
        <source>snd SYN,ACK</source>
        <translation>发 SYN,ACK</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>收 RST</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>snd SYN</source>
        <translation>发 SYN</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>收 SYN 的 ACK</translation>
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation>收 SYN,ACK</translation>
    </message>
    <message>
        <source>snd ACK</source>
        <translation>发 ACK</translation>
    </message>
    <message>
        <source>snd FIN</source>
        <translation>发 FIN</translation>
    </message>
    <message>
        <source>rcv FIN</source>
        <translation>收 FIN</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>收 FIN 的 ACK</translation>
    </message>
    <message>
        <source>Timeout=2MSL</source>
        <translation>超时=2MSL</translation>
    </message>
    <message>
        <source>CLOSED: no connection at all. No TCB exists (RFC 9293 §3.3.2).</source>
        <translation>CLOSED：没有任何连接，也不存在 TCB（RFC 9293 §3.3.2）。</translation>
    </message>
    <message>
        <source>LISTEN: a server waits for a connection request (a SYN) from any remote peer.</source>
        <translation>LISTEN：服务器等待任意远端发来的连接请求（SYN）。</translation>
    </message>
    <message>
        <source>SYN_SENT: this side sent a SYN and waits for the peer's SYN,ACK (an active open).</source>
        <translation>SYN_SENT：本端已发送 SYN，正在等待对端的 SYN,ACK（主动打开）。</translation>
    </message>
    <message>
        <source>SYN_RECEIVED: a SYN arrived and was answered with SYN,ACK; waiting for the ACK that completes the three-way handshake.</source>
        <translation>SYN_RECEIVED：收到 SYN 并回复了 SYN,ACK；等待完成三次握手的 ACK。</translation>
    </message>
    <message>
        <source>ESTABLISHED: the connection is open; data flows both ways.</source>
        <translation>ESTABLISHED：连接已建立，数据可双向传输。</translation>
    </message>
    <message>
        <source>FIN_WAIT_1: the application closed; our FIN is on its way and not yet acknowledged.</source>
        <translation>FIN_WAIT_1：应用程序已关闭；我们的 FIN 已发出但尚未被确认。</translation>
    </message>
    <message>
        <source>FIN_WAIT_2: our FIN was acknowledged; waiting for the peer to close its side (its FIN).</source>
        <translation>FIN_WAIT_2：我们的 FIN 已被确认；等待对端关闭它的一侧（它的 FIN）。</translation>
    </message>
    <message>
        <source>CLOSE_WAIT: the peer closed its side (FIN received); waiting for our application to call close(). A server stuck here has forgotten to close.</source>
        <translation>CLOSE_WAIT：对端已关闭它的一侧（收到 FIN）；等待本端应用程序调用 close()。停在这里的服务器忘记了关闭。</translation>
    </message>
    <message>
        <source>CLOSING: both sides closed at the same time; waiting for the ACK of our FIN.</source>
        <translation>CLOSING：双方同时关闭；等待对我们 FIN 的 ACK。</translation>
    </message>
    <message>
        <source>LAST_ACK: the passive closer sent its FIN and waits for the last ACK.</source>
        <translation>LAST_ACK：被动关闭方已发送 FIN，等待最后的 ACK。</translation>
    </message>
    <message>
        <source>TIME_WAIT: the active closer waits 2×MSL so a lost last ACK can be resent and old duplicates die out before the 4-tuple is reused (RFC 9293 §3.6.1).</source>
        <translation>TIME_WAIT：主动关闭方等待 2×MSL，以便重发丢失的最后一个 ACK，并让旧的重复报文在四元组被复用前消失（RFC 9293 §3.6.1）。</translation>
    </message>
</context>
<context>
    <name>tcplab::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>端</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>tcplab::FaultRuleDialog</name>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>The %1's segment #%2 of kind %3 will be: %4. The rule applies from the start of the run.</source>
        <translation>%1 的第 %2 个 %3 类型报文段将被：%4。该规则从运行开始时生效。</translation>
    </message>
</context>
<context>
    <name>tcplab::LadderView</name>
    <message>
        <source>control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>expired (MSL)</source>
        <translation>过期（MSL）</translation>
    </message>
    <message>
        <source>stray (old incarnation)</source>
        <translation>迷途（旧连接实例）</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>… %1 idle …</source>
        <translation>… 空闲 %1 …</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>现在：%1</translation>
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
    <message>
        <source>Click an event to jump the timeline there</source>
        <translation>点击事件可将时间轴跳转到该处</translation>
    </message>
    <message>
        <source>Parameters changed: they apply at the next reset.</source>
        <translation>参数已修改：将在下次重置时生效。</translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation>丢弃它</translation>
    </message>
    <message>
        <source>Duplicate it (the copy arrives later)…</source>
        <translation>复制它（副本稍后到达）…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>The copy arrives this many ms after the original:</source>
        <translation>副本比原报文晚到达的毫秒数：</translation>
    </message>
    <message>
        <source>Duplicated: the rule is kept for "save as scenario".</source>
        <translation>已复制：该规则会保存在“另存为场景”中。</translation>
    </message>
    <message>
        <source>Delay it…</source>
        <translation>延迟它…</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Extra delay in ms:</source>
        <translation>额外延迟（毫秒）：</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>已收到：%1</translation>
    </message>
    <message>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <source>virtual time %1 · speed %2× · %3 · profile %4 · MSL %5 · TIME_WAIT %6</source>
        <translation>虚拟时间 %1 · 速度 %2× · %3 · 配置 %4 · MSL %5 · TIME_WAIT %6</translation>
    </message>
    <message>
        <source>Segment #%1</source>
        <translation>报文段 #%1</translation>
    </message>
    <message>
        <source>%1%2 — TCP State Lab</source>
        <translation>%1%2 — TCP 状态实验室</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1: it replays this run exactly.</source>
        <translation>已保存 %1：它会精确重放这次运行。</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>场景 (*.json)</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>另存为场景</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export the diagrams</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>What you did by hand (actions, faults, parameters) is not saved. Save it as a scenario first?</source>
        <translation>你的手动操作（动作、故障、参数）尚未保存。要先另存为场景吗？</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>探索器</translation>
    </message>
    <message>
        <source>TCP State Lab — help</source>
        <translation>TCP 状态实验室 — 帮助</translation>
    </message>
</context>
<context>
    <name>tcplab::ParamsPanel</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>MSL (slider)</source>
        <translation>MSL（滑块）</translation>
    </message>
    <message>
        <source>Changes apply at the next reset. Bold: differs from the profile.</source>
        <translation>修改在下次重置时生效。粗体：与配置不同。</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>应为 %1</translation>
    </message>
</context>
<context>
    <name>tcplab::PeerControls</name>
    <message>
        <source>Client application</source>
        <translation>客户端应用程序</translation>
    </message>
    <message>
        <source>Server application</source>
        <translation>服务器应用程序</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>listen(): open a passive socket</source>
        <translation>listen()：打开被动套接字</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>connect(): active open, sends a SYN</source>
        <translation>connect()：主动打开，发送 SYN</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>send(): write 100 bytes</source>
        <translation>send()：写入 100 字节</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>close(): no more data from us; sends a FIN</source>
        <translation>close()：本端不再发送数据；发送 FIN</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation>半关闭</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): send a FIN but keep reading</source>
        <translation>shutdown(SHUT_WR)：发送 FIN 但继续读取</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>abort: send an RST and forget the connection</source>
        <translation>中止：发送 RST 并丢弃连接</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <source>the host crashes and forgets everything silently</source>
        <translation>主机崩溃，悄无声息地丢失所有状态</translation>
    </message>
    <message>
        <source>Never closes</source>
        <translation>永不关闭</translation>
    </message>
    <message>
        <source>An application bug: after EOF it never calls close(), so the socket stays in CLOSE_WAIT</source>
        <translation>应用程序缺陷：收到 EOF 后从不调用 close()，套接字一直停在 CLOSE_WAIT</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioLibrary</name>
    <message>
        <source>Open this scenario</source>
        <translation>打开此场景</translation>
    </message>
</context>
<context>
    <name>tcplab::SimulationController</name>
    <message>
        <source>This segment cannot be changed any more (it is a network copy, already doomed, or gone).</source>
        <translation>此报文段已无法修改（它是网络副本、已注定丢失或已不存在）。</translation>
    </message>
</context>
<context>
    <name>tcplab::StateDiagramView</name>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tcplab::TimerPanel</name>
    <message>
        <source>no timer running</source>
        <translation>没有运行中的定时器</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
</TS>