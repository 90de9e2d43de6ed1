<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>seen at the %1</source>
        <translation>在%1处看到</translation>
    </message>
    <message>
        <source>seen at the %1; the %2&apos;s side is inferred</source>
        <translation>在%1处看到；%2一侧为推断</translation>
    </message>
    <message>
        <source>not seen: what the %1&apos;s application could read, from the segments that arrived</source>
        <translation>未看到：根据到达的报文段推断%1的应用程序能读到的内容</translation>
    </message>
    <message>
        <source>not seen: the gap before the %1&apos;s retransmission, as the capture measured it</source>
        <translation>未看到：%1重传之前的间隔，由抓包测得</translation>
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
    <name>MissionRuleText</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>either peer</source>
        <translation>任一端</translation>
    </message>
    <message>
        <source>a segment</source>
        <translation>一个报文段</translation>
    </message>
    <message>
        <source>a segment with %1</source>
        <translation>一个带 %1 的报文段</translation>
    </message>
    <message>
        <source>%1&apos;s application reads data</source>
        <translation>%1的应用程序读到数据</translation>
    </message>
    <message>
        <source>%1&apos;s application reads %2</source>
        <translation>%1的应用程序读到 %2</translation>
    </message>
    <message>
        <source>%1&apos;s application gets an error</source>
        <translation>%1的应用程序得到一个错误</translation>
    </message>
    <message>
        <source>%1&apos;s application gets the error %2</source>
        <translation>%1的应用程序得到错误 %2</translation>
    </message>
    <message>
        <source>%1&apos;s application reads EOF, the end of the stream</source>
        <translation>%1的应用程序读到 EOF（数据流结束）</translation>
    </message>
    <message>
        <source>%1&apos;s application is told the connection was reset</source>
        <translation>%1的应用程序得知连接被复位</translation>
    </message>
    <message>
        <source>%1&apos;s connect() succeeds</source>
        <translation>%1的 connect() 成功</translation>
    </message>
    <message>
        <source>%1&apos;s connection times out and its application gets ETIMEDOUT</source>
        <translation>%1的连接超时，其应用程序得到 ETIMEDOUT</translation>
    </message>
    <message>
        <source>%1&apos;s application hears of something</source>
        <translation>%1的应用程序收到某个通知</translation>
    </message>
    <message>
        <source>%1&apos;s application hears %2</source>
        <translation>%1的应用程序收到 %2</translation>
    </message>
    <message>
        <source>%1 goes from %2 to %3</source>
        <translation>%1从 %2 进入 %3</translation>
    </message>
    <message>
        <source>%1 enters %2</source>
        <translation>%1进入 %2</translation>
    </message>
    <message>
        <source>%1 leaves %2</source>
        <translation>%1离开 %2</translation>
    </message>
    <message>
        <source>%1 changes state</source>
        <translation>%1改变状态</translation>
    </message>
    <message>
        <source>%1, because of %2</source>
        <translation>%1，原因是 %2</translation>
    </message>
    <message>
        <source>a SYN</source>
        <translation>一个 SYN</translation>
    </message>
    <message>
        <source>%1 of connection %2</source>
        <translation>连接 %2 的%1</translation>
    </message>
    <message>
        <source>a fault rule drops %1 on its way to %2</source>
        <translation>故障规则在发往%2的途中丢弃%1</translation>
    </message>
    <message>
        <source>%1 drops %2 because its backlog is full</source>
        <translation>%1因队列已满丢弃%2</translation>
    </message>
    <message>
        <source>%1 is dropped at %2</source>
        <translation>%1在%2处被丢弃</translation>
    </message>
    <message>
        <source>%1 is dropped at %2 (reason %3)</source>
        <translation>%1在%2处被丢弃（原因 %3）</translation>
    </message>
    <message>
        <source>an old duplicate is refused by %1&apos;s newer connection</source>
        <translation>旧的重复报文段被%1的新连接拒绝</translation>
    </message>
    <message>
        <source>an old duplicate of connection %2 is refused by %1&apos;s newer connection</source>
        <translation>连接 %2 的旧重复报文段被%1的新连接拒绝</translation>
    </message>
    <message>
        <source>an old duplicate is accepted by %1&apos;s newer connection</source>
        <translation>旧的重复报文段被%1的新连接接受</translation>
    </message>
    <message>
        <source>an old duplicate of connection %2 is accepted by %1&apos;s newer connection</source>
        <translation>连接 %2 的旧重复报文段被%1的新连接接受</translation>
    </message>
    <message>
        <source>an old duplicate reaches %1&apos;s newer connection</source>
        <translation>旧的重复报文段到达%1的新连接</translation>
    </message>
    <message>
        <source>%1 sends %2</source>
        <translation>%1发送%2</translation>
    </message>
    <message>
        <source>%1 arrives at %2</source>
        <translation>%1到达%2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 timer fires</source>
        <translation>%1的 %2 定时器触发</translation>
    </message>
    <message>
        <source>%1&apos;s %2 timer: %3</source>
        <translation>%1的 %2 定时器：%3</translation>
    </message>
    <message>
        <source>%1 notes %2</source>
        <translation>%1记录 %2</translation>
    </message>
    <message>
        <source>a %1 event of %2</source>
        <translation>%2的一个 %1 事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>一次也没有</translation>
    </message>
    <message>
        <source>exactly once</source>
        <translation>恰好一次</translation>
    </message>
    <message numerus="yes">
        <source>exactly %n times</source>
        <translation>
            <numerusform>恰好 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>at least once</source>
        <translation>至少一次</translation>
    </message>
    <message numerus="yes">
        <source>at least %n times</source>
        <translation>
            <numerusform>至少 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>at most once</source>
        <translation>至多一次</translation>
    </message>
    <message numerus="yes">
        <source>at most %n times</source>
        <translation>
            <numerusform>至多 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 goes through exactly %2</source>
        <translation>%1恰好依次经过 %2</translation>
    </message>
    <message>
        <source>%1 ends in %2</source>
        <translation>%1最终处于 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what happens (how often)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>MissionText</name>
    <message>
        <source>so far %1</source>
        <translation>目前为 %1</translation>
    </message>
    <message>
        <source>no state change yet</source>
        <translation>尚无状态变化</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>现在是 %1</translation>
    </message>
    <message>
        <source>the profile (Parameters)</source>
        <translation>配置（参数面板）</translation>
    </message>
    <message>
        <source>every parameter (Parameters)</source>
        <translation>所有参数（参数面板）</translation>
    </message>
    <message>
        <source>what the applications do (their steps, the buttons under the diagrams)</source>
        <translation>应用程序做什么（它们的步骤，状态图下方的按钮）</translation>
    </message>
    <message>
        <source>what the network does to segments (click a segment, or Run → Add a fault rule)</source>
        <translation>网络如何处理报文段（点击报文段，或 运行 → 添加故障规则）</translation>
    </message>
    <message>
        <source>how long the run lasts</source>
        <translation>运行持续多久</translation>
    </message>
    <message>
        <source>%1 (Parameters)</source>
        <translation>%1（参数面板）</translation>
    </message>
    <message>
        <source>%1.* (Parameters)</source>
        <translation>%1.*（参数面板）</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>profile = %1</source>
        <translation>配置 = %1</translation>
    </message>
    <message>
        <source>the applications&apos; steps</source>
        <translation>应用程序的步骤</translation>
    </message>
    <message>
        <source>the network&apos;s faults</source>
        <translation>网络的故障规则</translation>
    </message>
</context>
<context>
    <name>ReceivedStream</name>
    <message>
        <source>[%1 bytes]</source>
        <translation>[%1 字节]</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>已收到：</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>conn %1:</source>
        <translation>连接 %1：</translation>
    </message>
    <message>
        <source>(stray from the old connection!)</source>
        <translation>（来自旧连接的迷途报文段！）</translation>
    </message>
    <message>
        <source>EOF</source>
        <translation>EOF</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message numerus="yes">
        <source>%n more piece(s)</source>
        <translation>
            <numerusform>还有 %n 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%1 bytes in %n pieces]</source>
        <translation>
            <numerusform>[%1 字节，分 %n 段]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentInspector</name>
    <message>
        <source>not yet set (no loss so far)</source>
        <translation>尚未设定（至今没有丢包）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Sender&apos;s window</source>
        <translation>发送方窗口</translation>
    </message>
    <message>
        <source>cwnd %1 bytes, ssthresh %2, in flight %3 bytes</source>
        <translation>cwnd %1 字节，ssthresh %2，在途 %3 字节</translation>
    </message>
    <message>
        <source>SEG.LEN &gt; 0 and RCV.WND = 0: never acceptable → false</source>
        <translation>SEG.LEN &gt; 0 且 RCV.WND = 0：永远不可接受 → false</translation>
    </message>
    <message>
        <source>acceptable: %1</source>
        <translation>可接受：%1</translation>
    </message>
    <message>
        <source>false (a duplicate ACK, harmless)</source>
        <translation>false（重复的 ACK，无害）</translation>
    </message>
    <message>
        <source>stray, accepted</source>
        <translation>迷途，被接受</translation>
    </message>
    <message>
        <source>stray, rejected</source>
        <translation>迷途，被拒绝</translation>
    </message>
    <message>
        <source>dropped (%1)</source>
        <translation>已丢弃（%1）</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>Segment #%1 from the %2</source>
        <translation>来自%2的报文段 #%1</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>%1 (relative %2)</source>
        <translation>%1（相对值 %2）</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>%1 bytes (sequence space %2)</source>
        <translation>%1 字节（占用序号空间 %2）</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>timestamps TSval=%1 TSecr=%2</source>
        <translation>时间戳 TSval=%1 TSecr=%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Payload (text)</source>
        <translation>载荷（文本）</translation>
    </message>
    <message>
        <source>Payload (hex)</source>
        <translation>载荷（十六进制）</translation>
    </message>
    <message>
        <source>Incarnation</source>
        <translation>连接实例</translation>
    </message>
    <message>
        <source>%1 (connection number %1 on this 4-tuple)</source>
        <translation>%1（该四元组上的第 %1 个连接）</translation>
    </message>
    <message>
        <source>Copy of</source>
        <translation>副本来源</translation>
    </message>
    <message>
        <source>segment #%1 (made by the network)</source>
        <translation>报文段 #%1（由网络复制产生）</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <source>Age at its end</source>
        <translation>结束时的存活时间</translation>
    </message>
    <message>
        <source>%1 of MSL %2</source>
        <translation>%1（MSL 为 %2）</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Dropped at %1: %2.</source>
        <translation>在 %1 被丢弃：%2。</translation>
    </message>
    <message>
        <source>Delivered at %1.</source>
        <translation>在 %1 送达。</translation>
    </message>
    <message>
        <source>Still in flight.</source>
        <translation>仍在传输中。</translation>
    </message>
    <message>
        <source>A stray from an older incarnation: ACCEPTED by the new connection.</source>
        <translation>来自旧连接实例的迷途报文段：被新连接接受了！</translation>
    </message>
    <message>
        <source>A stray from an older incarnation: rejected.</source>
        <translation>来自旧连接实例的迷途报文段：被拒绝。</translation>
    </message>
    <message>
        <source>The acceptability test at the receiver (%1, RFC 9293 §3.10.7.4)</source>
        <translation>接收方的可接受性检查（%1，RFC 9293 §3.10.7.4）</translation>
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
</context>
<context>
    <name>TeachingText</name>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%Ln 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds with a fraction</comment>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ms</source>
        <comment>milliseconds</comment>
        <translation>
            <numerusform>%Ln 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>The states of TCP</source>
        <translation>TCP 的状态</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>No connection exists: there is no transmission control block (TCB). CLOSED is the state before a socket is opened and after it has been deleted.</source>
        <translation>不存在连接：没有传输控制块（TCB）。CLOSED 是套接字打开之前和删除之后所处的状态。</translation>
    </message>
    <message>
        <source>Every socket starts here. A connection comes back here when it ends normally (LAST_ACK receives its ACK, TIME_WAIT expires) or abnormally (RST, abort, retry limit, keepalive give-up, FIN_WAIT_2 orphan timeout).</source>
        <translation>每个套接字都从这里开始。连接正常结束（LAST_ACK 收到 ACK、TIME_WAIT 到期）或异常结束（RST、中止、达到重试上限、保活放弃、FIN_WAIT_2 孤儿超时）时回到这里。</translation>
    </message>
    <message>
        <source>An application call: listen() (a passive OPEN) leads to LISTEN, connect() (an active OPEN) sends a SYN and leads to SYN_SENT. A segment that reaches no socket at all is answered with RST.</source>
        <translation>等待应用程序调用：listen()（被动打开）进入 LISTEN，connect()（主动打开）发送 SYN 并进入 SYN_SENT。找不到任何套接字的报文段会收到 RST。</translation>
    </message>
    <message>
        <source>It does not end: the next OPEN creates a new TCB.</source>
        <translation>它不会结束：下一次打开会创建新的 TCB。</translation>
    </message>
    <message>
        <source>Nothing piles up in CLOSED because nothing is kept. What shows up instead are the RSTs the host sends for segments that match no socket, for example the late FIN of a peer whose orphaned FIN_WAIT_2 socket was already removed.</source>
        <translation>CLOSED 不保存任何东西，所以不会堆积。取而代之出现的是主机为找不到套接字的报文段发送的 RST，例如：孤儿 FIN_WAIT_2 套接字已被删除后，对端迟到的 FIN。</translation>
    </message>
    <message>
        <source>A server socket waits for connection requests on a local port. It has no peer yet.</source>
        <translation>服务器套接字在本地端口上等待连接请求，此时还没有对端。</translation>
    </message>
    <message>
        <source>The server application calls listen() (a passive OPEN) in CLOSED. A connection that began in LISTEN and receives an RST in SYN_RECEIVED also returns here.</source>
        <translation>服务器应用程序在 CLOSED 中调用 listen()（被动打开）。从 LISTEN 开始的连接如果在 SYN_RECEIVED 中收到 RST，也会回到这里。</translation>
    </message>
    <message>
        <source>A SYN. Each SYN is answered with SYN,ACK and creates a new connection in SYN_RECEIVED while the listener itself stays in LISTEN. An RST is ignored; an ACK is answered with RST.</source>
        <translation>等待 SYN。每个 SYN 都得到 SYN,ACK 应答，并在 SYN_RECEIVED 中创建一个新连接，监听套接字本身仍留在 LISTEN。收到 RST 时忽略；收到 ACK 时回复 RST。</translation>
    </message>
    <message>
        <source>When the application closes the listening socket (to CLOSED). RFC 9293 also lets a SEND turn a listener into an active open (to SYN_SENT); the sockets API does not offer it.</source>
        <translation>应用程序关闭监听套接字时结束（进入 CLOSED）。RFC 9293 还允许对监听套接字执行 SEND，把它变成主动打开（进入 SYN_SENT）；套接字 API 不提供这种用法。</translation>
    </message>
    <message>
        <source>Listeners do not pile up, their half-open children do: when connections in SYN_RECEIVED fill the backlog, new SYNs are dropped, or answered with a SYN cookie when syncookies is on.</source>
        <translation>堆积的不是监听套接字，而是它的半开连接：当 SYN_RECEIVED 中的连接占满积压队列（backlog）时，新的 SYN 会被丢弃；如果开启了 syncookies，则用 SYN cookie 应答。</translation>
    </message>
    <message>
        <source>The client has sent its SYN (an active open) and waits for the server&apos;s SYN,ACK.</source>
        <translation>客户端已发送 SYN（主动打开），正在等待服务器的 SYN,ACK。</translation>
    </message>
    <message>
        <source>The client application calls connect() in CLOSED: TCP chooses an initial sequence number (ISN), sends a SYN and enters SYN_SENT.</source>
        <translation>客户端应用程序在 CLOSED 中调用 connect()：TCP 选择初始序号（ISN），发送 SYN，进入 SYN_SENT。</translation>
    </message>
    <message>
        <source>A SYN,ACK that acknowledges its SYN, or a bare SYN from a peer that is opening at the same moment (simultaneous open). While nothing comes, the SYN is retransmitted with growing intervals.</source>
        <translation>等待确认其 SYN 的 SYN,ACK，或者同一时刻也在打开连接的对端发来的单独 SYN（同时打开）。在什么都没收到时，SYN 以逐渐增大的间隔重传。</translation>
    </message>
    <message>
        <source>ESTABLISHED on a SYN,ACK (after sending the final ACK); SYN_RECEIVED on a bare SYN; CLOSED on an acceptable RST (connection refused: nobody listens), when syn_retries is used up (connection timed out), or when the application gives up.</source>
        <translation>收到 SYN,ACK 时进入 ESTABLISHED（先发出最后一个 ACK）；收到单独的 SYN 时进入 SYN_RECEIVED；收到可接受的 RST（连接被拒绝：没有程序监听）、syn_retries 用尽（连接超时）或应用程序放弃时进入 CLOSED。</translation>
    </message>
    <message>
        <source>Many SYN_SENT sockets mean the server does not answer: a firewall drops the SYNs, the address is wrong, or the server&apos;s backlog is full. Each one holds an ephemeral port and keeps retransmitting its SYN until the retry budget runs out, so connect() hangs for minutes.</source>
        <translation>大量 SYN_SENT 套接字说明服务器没有应答：防火墙丢弃了 SYN、地址写错了，或者服务器的积压队列已满。每个套接字都占用一个临时端口，并不断重传 SYN 直到重试预算用完，所以 connect() 会卡住好几分钟。</translation>
    </message>
    <message>
        <source>A SYN has been received and answered with SYN,ACK, but the final ACK of the three-way handshake has not arrived yet: a half-open connection.</source>
        <translation>已收到 SYN 并回复了 SYN,ACK，但三次握手的最后一个 ACK 还没到：这是一个半开连接。</translation>
    </message>
    <message>
        <source>A listener receives a SYN (the server side of a normal open); a client in SYN_SENT receives a bare SYN (simultaneous open); or a TIME_WAIT socket accepts a new SYN for the same 4-tuple (RFC 6191).</source>
        <translation>监听套接字收到 SYN（正常打开时的服务器一方）；处于 SYN_SENT 的客户端收到单独的 SYN（同时打开）；或者 TIME_WAIT 套接字接受了同一四元组上的新 SYN（RFC 6191）。</translation>
    </message>
    <message>
        <source>The ACK of its SYN. While it does not come, the SYN,ACK is retransmitted.</source>
        <translation>等待对其 SYN 的 ACK。在它到来之前，SYN,ACK 会被重传。</translation>
    </message>
    <message>
        <source>ESTABLISHED on that ACK; FIN_WAIT_1 if the application closes first; CLOSE_WAIT if the peer&apos;s FIN arrives; LISTEN on an RST when it came from a listener, CLOSED on an RST otherwise or when synack_retries is used up.</source>
        <translation>收到该 ACK 时进入 ESTABLISHED；应用程序先关闭时进入 FIN_WAIT_1；对端的 FIN 到达时进入 CLOSE_WAIT；收到 RST 时，若连接来自监听套接字则回到 LISTEN，否则进入 CLOSED；synack_retries 用尽时也进入 CLOSED。</translation>
    </message>
    <message>
        <source>A SYN flood: forged or unanswered SYNs leave half-open connections that fill the listener&apos;s backlog, and the SYNs of real clients are dropped. SYN cookies answer without keeping any state, so the backlog cannot overflow.</source>
        <translation>SYN 洪泛：伪造的或得不到应答的 SYN 留下大量半开连接，占满监听套接字的积压队列，真正客户端的 SYN 被丢弃。SYN cookie 应答时不保存任何状态，因此积压队列不会溢出。</translation>
    </message>
    <message>
        <source>The connection is open: the handshake is complete and data flows in both directions.</source>
        <translation>连接已建立：握手完成，数据可以双向传输。</translation>
    </message>
    <message>
        <source>The client when the SYN,ACK arrives in SYN_SENT (it sends the final ACK); the server when that ACK arrives in SYN_RECEIVED; with SYN cookies, a listener creates the connection directly from a valid final ACK.</source>
        <translation>客户端在 SYN_SENT 中收到 SYN,ACK 时到达（并发出最后一个 ACK）；服务器在 SYN_RECEIVED 中收到这个 ACK 时到达；使用 SYN cookie 时，监听套接字根据有效的最后一个 ACK 直接建立连接。</translation>
    </message>
    <message>
        <source>Data and acknowledgments in both directions, until one side closes: its own application calls close(), or a FIN arrives from the peer.</source>
        <translation>双向的数据和确认，直到有一方关闭：本端应用程序调用 close()，或者收到对端的 FIN。</translation>
    </message>
    <message>
        <source>FIN_WAIT_1 when its application closes first (the active close); CLOSE_WAIT when the peer&apos;s FIN arrives first (the passive close); CLOSED on an RST, an abort, or when retransmissions or keepalive probes go unanswered.</source>
        <translation>本端应用程序先关闭时进入 FIN_WAIT_1（主动关闭）；对端的 FIN 先到时进入 CLOSE_WAIT（被动关闭）；收到 RST、连接被中止，或者重传、保活探测得不到应答时进入 CLOSED。</translation>
    </message>
    <message>
        <source>Many ESTABLISHED sockets are normal on a busy server. They become a problem when idle connections are never closed and no keepalive notices that the peer has crashed: each one then holds memory and a file descriptor for ever.</source>
        <translation>繁忙的服务器上有大量 ESTABLISHED 套接字是正常的。只有当空闲连接从不关闭、又没有保活机制发现对端已崩溃时才成问题：每个连接都会永远占用内存和一个文件描述符。</translation>
    </message>
    <message>
        <source>This side closed first (the active close): it has sent its FIN and waits for it to be acknowledged.</source>
        <translation>本端先关闭（主动关闭）：已发送 FIN，正在等待它被确认。</translation>
    </message>
    <message>
        <source>From ESTABLISHED or SYN_RECEIVED when the application calls close() or shutdown(SHUT_WR): TCP sends a FIN.</source>
        <translation>在 ESTABLISHED 或 SYN_RECEIVED 中，应用程序调用 close() 或 shutdown(SHUT_WR) 时到达：TCP 发送 FIN。</translation>
    </message>
    <message>
        <source>The ACK of its FIN, the peer&apos;s FIN, or both in one segment. While neither comes, the FIN is retransmitted.</source>
        <translation>等待对其 FIN 的 ACK、对端的 FIN，或者同一个报文段里两者都有。两者都没来时，FIN 会被重传。</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 on the ACK of its FIN; CLOSING on the peer&apos;s FIN alone (simultaneous close); TIME_WAIT on FIN and ACK together; CLOSED on an RST or when data_retries is used up.</source>
        <translation>收到对其 FIN 的 ACK 时进入 FIN_WAIT_2；只收到对端的 FIN 时进入 CLOSING（同时关闭）；FIN 和 ACK 一起到达时进入 TIME_WAIT；收到 RST 或 data_retries 用尽时进入 CLOSED。</translation>
    </message>
    <message>
        <source>Sockets stuck in FIN_WAIT_1 mean the peer no longer acknowledges: it has vanished, or its receive window is closed while data is still queued. Each one keeps retransmitting until the retry limit.</source>
        <translation>卡在 FIN_WAIT_1 的套接字说明对端不再确认：它已经消失，或者在还有数据排队时关闭了接收窗口。每个这样的套接字都会不断重传，直到达到重试上限。</translation>
    </message>
    <message>
        <source>Our FIN has been acknowledged, so our direction is closed. The peer may still send data; we wait for its FIN.</source>
        <translation>我们的 FIN 已被确认，本端方向已关闭。对端仍可以发送数据；我们等待它的 FIN。</translation>
    </message>
    <message>
        <source>From FIN_WAIT_1 when the ACK of our FIN arrives.</source>
        <translation>在 FIN_WAIT_1 中收到对我们 FIN 的 ACK 时到达。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN, which comes only when the peer&apos;s application calls close(). RFC 9293 sets no timer here.</source>
        <translation>等待对端的 FIN，而它只有在对端应用程序调用 close() 时才会到来。RFC 9293 在这里没有设置定时器。</translation>
    </message>
    <message>
        <source>TIME_WAIT when the peer&apos;s FIN arrives (it is acknowledged). An orphan, a socket whose application has already called close(), is removed when the FIN_WAIT_2 timeout (Linux tcp_fin_timeout) expires; a socket only half-closed with shutdown() waits for ever.</source>
        <translation>对端的 FIN 到达时（对其确认后）进入 TIME_WAIT。孤儿套接字（应用程序已调用 close() 的套接字）在 FIN_WAIT_2 超时（Linux 的 tcp_fin_timeout）到期时被删除；只用 shutdown() 半关闭的套接字会一直等下去。</translation>
    </message>
    <message>
        <source>The peer did not close: its application is stuck in CLOSE_WAIT. Orphaned sockets are removed after fin_wait_2_timeout_ms (%1 in the linux profile); the peer&apos;s late FIN then meets no socket and is answered with RST. This timeout does NOT shorten TIME_WAIT, which stays a fixed %2 on Linux.</source>
        <translation>对端没有关闭：它的应用程序卡在 CLOSE_WAIT。孤儿套接字在 fin_wait_2_timeout_ms（linux 配置中为 %1）之后被删除；此后对端迟到的 FIN 找不到套接字，会收到 RST。这个超时并不会缩短 TIME_WAIT，Linux 上 TIME_WAIT 固定为 %2。</translation>
    </message>
    <message>
        <source>The peer has closed its direction (its FIN arrived and was acknowledged). The local application has read end of file but has not called close() yet.</source>
        <translation>对端已关闭了它那个方向（它的 FIN 已到达并被确认）。本地应用程序已读到 EOF，但还没有调用 close()。</translation>
    </message>
    <message>
        <source>From ESTABLISHED (or SYN_RECEIVED) when the peer&apos;s FIN arrives: TCP acknowledges it and reports end of file to the application.</source>
        <translation>在 ESTABLISHED（或 SYN_RECEIVED）中收到对端的 FIN 时到达：TCP 确认它，并向应用程序报告 EOF。</translation>
    </message>
    <message>
        <source>The local application to call close(). TCP has no timer here: it can wait for ever.</source>
        <translation>等待本地应用程序调用 close()。TCP 在这里没有定时器：可以永远等下去。</translation>
    </message>
    <message>
        <source>LAST_ACK when the application closes (TCP sends its FIN); CLOSED on an RST or an abort.</source>
        <translation>应用程序关闭时进入 LAST_ACK（TCP 发送自己的 FIN）；收到 RST 或被中止时进入 CLOSED。</translation>
    </message>
    <message>
        <source>The application did not close: a bug that forgets close() after reading end of file. These sockets never leave CLOSE_WAIT and leak file descriptors and memory until the process runs out of them. No TCP parameter shortens CLOSE_WAIT; only fixing or restarting the application frees them.</source>
        <translation>应用程序没有关闭连接：读到 EOF 后忘记调用 close() 的缺陷。这些套接字永远不会离开 CLOSE_WAIT，不断泄漏文件描述符和内存，直到进程耗尽资源。没有任何 TCP 参数能缩短 CLOSE_WAIT；只有修复或重启应用程序才能释放它们。</translation>
    </message>
    <message>
        <source>Both sides closed at about the same time: we have sent our FIN and received the peer&apos;s, but our FIN is not acknowledged yet (a simultaneous close).</source>
        <translation>双方几乎同时关闭：我们已发出 FIN 并收到了对端的 FIN，但我们的 FIN 还没有被确认（同时关闭）。</translation>
    </message>
    <message>
        <source>From FIN_WAIT_1 when the peer&apos;s FIN arrives before the ACK of our FIN: the two FINs crossed in the network.</source>
        <translation>在 FIN_WAIT_1 中，对端的 FIN 先于对我们 FIN 的 ACK 到达：两个 FIN 在网络中交错而过。</translation>
    </message>
    <message>
        <source>The ACK of our FIN; the peer&apos;s FIN has already been acknowledged, and our FIN is retransmitted until the ACK comes.</source>
        <translation>等待对我们 FIN 的 ACK；对端的 FIN 已被确认，我们的 FIN 会一直重传到 ACK 到来。</translation>
    </message>
    <message>
        <source>TIME_WAIT when that ACK arrives: both sides closed actively, so both wait; CLOSED on an RST or when retransmissions give up.</source>
        <translation>该 ACK 到达时进入 TIME_WAIT：双方都是主动关闭，所以双方都要等待；收到 RST 或重传放弃时进入 CLOSED。</translation>
    </message>
    <message>
        <source>CLOSING is short-lived. Many sockets in it mean the peer&apos;s ACKs are being lost and our FIN keeps being retransmitted.</source>
        <translation>CLOSING 通常很短暂。大量套接字处于此状态说明对端的 ACK 在丢失，我们的 FIN 在不断重传。</translation>
    </message>
    <message>
        <source>The passive closer has sent its own FIN after the peer&apos;s and waits for the last ACK.</source>
        <translation>被动关闭方在对端之后发出了自己的 FIN，正在等待最后一个 ACK。</translation>
    </message>
    <message>
        <source>From CLOSE_WAIT when the application calls close(): TCP sends a FIN.</source>
        <translation>在 CLOSE_WAIT 中，应用程序调用 close() 时到达：TCP 发送 FIN。</translation>
    </message>
    <message>
        <source>The ACK of its FIN. The FIN is retransmitted until that ACK arrives.</source>
        <translation>等待对其 FIN 的 ACK。在 ACK 到达之前，FIN 会被重传。</translation>
    </message>
    <message>
        <source>CLOSED when the ACK arrives: the passive closer never enters TIME_WAIT. CLOSED too on an RST (for example from a peer that has already forgotten the connection) or when retransmissions give up.</source>
        <translation>ACK 到达时进入 CLOSED：被动关闭方从不进入 TIME_WAIT。收到 RST（例如来自已经忘掉这个连接的对端）或重传放弃时也进入 CLOSED。</translation>
    </message>
    <message>
        <source>Many LAST_ACK sockets mean the last ACKs are lost or the peer is gone: each one retransmits its FIN until the retry limit. If the peer has no TIME_WAIT left, that FIN is answered with RST instead of an ACK.</source>
        <translation>大量 LAST_ACK 套接字说明最后的 ACK 丢失了或对端已经不在：每个套接字都会重传 FIN 直到重试上限。如果对端已经没有 TIME_WAIT，这个 FIN 得到的将是 RST 而不是 ACK。</translation>
    </message>
    <message>
        <source>The active closer has acknowledged the peer&apos;s FIN and keeps the memory of the connection for 2×MSL before deleting it.</source>
        <translation>主动关闭方已确认对端的 FIN，在删除连接之前还要把它的信息保留 2×MSL。</translation>
    </message>
    <message>
        <source>The side that closed first: from FIN_WAIT_2 when the peer&apos;s FIN arrives, from CLOSING when the ACK of its FIN arrives, or from FIN_WAIT_1 when FIN and ACK arrive together.</source>
        <translation>先关闭的一方：在 FIN_WAIT_2 中收到对端的 FIN，在 CLOSING 中收到对其 FIN 的 ACK，或者在 FIN_WAIT_1 中同时收到 FIN 和 ACK。</translation>
    </message>
    <message>
        <source>Time: 2×MSL, that is %1 with the MSL of %2 of RFC 9293 (Linux uses a fixed %3, the windows profile %4). A retransmitted FIN from the peer is acknowledged again and restarts the timer (RFC 9293 §3.10.7.4).</source>
        <translation>等待时间流逝：2×MSL，按 RFC 9293 的 MSL（%2）计算为 %1（Linux 固定为 %3，windows 配置为 %4）。对端重传的 FIN 会被再次确认，并重新启动定时器（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>CLOSED when the timer expires. A new SYN for the same 4-tuple with a higher sequence number or a newer timestamp may start a new incarnation (to SYN_RECEIVED, RFC 6191). An RST ends it early (TIME_WAIT assassination, RFC 1337) unless rfc1337 is on.</source>
        <translation>定时器到期时进入 CLOSED。同一四元组上序号更大或时间戳更新的新 SYN 可以开启新的连接实例（进入 SYN_RECEIVED，RFC 6191）。除非开启了 rfc1337，RST 会提前结束它（TIME_WAIT 暗杀，RFC 1337）。</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Who reaches it, and how</source>
        <translation>谁、如何到达</translation>
    </message>
    <message>
        <source>What it waits for</source>
        <translation>等待什么</translation>
    </message>
    <message>
        <source>How it ends</source>
        <translation>如何结束</translation>
    </message>
    <message>
        <source>When many sockets pile up here</source>
        <translation>大量套接字堆积时</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Waits for:&lt;/i&gt; %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;等待：&lt;/i&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passive OPEN: the server application calls listen() and the socket waits for SYNs.</source>
        <translation>被动打开：服务器应用程序调用 listen()，套接字等待 SYN。</translation>
    </message>
    <message>
        <source>Active OPEN: the client application calls connect(); TCP chooses an ISN and sends a SYN.</source>
        <translation>主动打开：客户端应用程序调用 connect()；TCP 选择 ISN 并发送 SYN。</translation>
    </message>
    <message>
        <source>A SYN arrives at the listener: TCP answers SYN,ACK and keeps a half-open connection.</source>
        <translation>SYN 到达监听套接字：TCP 回复 SYN,ACK，并保留一个半开连接。</translation>
    </message>
    <message>
        <source>A SEND on a listening socket turns it into an active open: TCP sends a SYN (allowed by the RFC, not offered by the sockets API).</source>
        <translation>对监听套接字执行 SEND 会把它变成主动打开：TCP 发送 SYN（RFC 允许，但套接字 API 不提供）。</translation>
    </message>
    <message>
        <source>SYN cookies: the final ACK carries a valid cookie, so the listener creates the connection directly without ever holding it in SYN_RECEIVED.</source>
        <translation>SYN cookie：最后一个 ACK 带有有效的 cookie，监听套接字直接建立连接，从未在 SYN_RECEIVED 中保存它。</translation>
    </message>
    <message>
        <source>The application closes the listening socket (or the host crashes): no more connections are accepted.</source>
        <translation>应用程序关闭监听套接字（或主机崩溃）：不再接受新连接。</translation>
    </message>
    <message>
        <source>Simultaneous open: a bare SYN arrives while our own SYN is unanswered; TCP answers SYN,ACK.</source>
        <translation>同时打开：我们的 SYN 还没有得到应答时，收到对端的单独 SYN；TCP 回复 SYN,ACK。</translation>
    </message>
    <message>
        <source>The SYN,ACK acknowledges our SYN: TCP sends the final ACK of the three-way handshake.</source>
        <translation>SYN,ACK 确认了我们的 SYN：TCP 发送三次握手的最后一个 ACK。</translation>
    </message>
    <message>
        <source>An RST that acknowledges our SYN (connection refused), syn_retries used up (connection timed out), or the application gives up.</source>
        <translation>收到确认我们 SYN 的 RST（连接被拒绝）、syn_retries 用尽（连接超时），或者应用程序放弃。</translation>
    </message>
    <message>
        <source>The ACK of our SYN arrives: the three-way handshake is complete.</source>
        <translation>对我们 SYN 的 ACK 到达：三次握手完成。</translation>
    </message>
    <message>
        <source>The application closes before the handshake is complete: TCP sends a FIN.</source>
        <translation>应用程序在握手完成之前关闭：TCP 发送 FIN。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives together with the ACK that completes the handshake: TCP acknowledges it and reports end of file.</source>
        <translation>对端的 FIN 与完成握手的 ACK 一起到达：TCP 确认它并报告 EOF。</translation>
    </message>
    <message>
        <source>An RST arrives for a connection that began at a listener: the half-open connection is dropped and the listener goes on.</source>
        <translation>由监听套接字产生的连接收到 RST：丢弃这个半开连接，监听套接字继续工作。</translation>
    </message>
    <message>
        <source>An RST arrives for a connection that began with an active open, or synack_retries is used up.</source>
        <translation>主动打开的连接收到 RST，或者 synack_retries 用尽。</translation>
    </message>
    <message>
        <source>Active close: the application calls close() or shutdown() first and TCP sends a FIN.</source>
        <translation>主动关闭：应用程序先调用 close() 或 shutdown()，TCP 发送 FIN。</translation>
    </message>
    <message>
        <source>Passive close: the peer&apos;s FIN arrives; TCP acknowledges it and reports end of file to the application.</source>
        <translation>被动关闭：对端的 FIN 到达；TCP 确认它，并向应用程序报告 EOF。</translation>
    </message>
    <message>
        <source>An RST arrives (connection reset), the application aborts, or retransmissions or keepalive probes go unanswered.</source>
        <translation>收到 RST（连接被重置）、应用程序中止连接，或者重传、保活探测得不到应答。</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives: our direction is closed, the peer&apos;s is still open.</source>
        <translation>对我们 FIN 的 ACK 到达：本端方向已关闭，对端方向仍然打开。</translation>
    </message>
    <message>
        <source>Simultaneous close: the peer&apos;s FIN arrives before the ACK of ours; TCP acknowledges it.</source>
        <translation>同时关闭：对端的 FIN 先于对我们 FIN 的 ACK 到达；TCP 确认它。</translation>
    </message>
    <message>
        <source>An RST arrives, the application aborts, or the FIN is retransmitted until data_retries is used up.</source>
        <translation>收到 RST、应用程序中止连接，或者 FIN 一直重传到 data_retries 用尽。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives: TCP acknowledges it and starts the 2×MSL wait.</source>
        <translation>对端的 FIN 到达：TCP 确认它，开始 2×MSL 的等待。</translation>
    </message>
    <message>
        <source>An orphaned socket (already closed by its application) reaches the FIN_WAIT_2 timeout, tcp_fin_timeout on Linux; or an RST arrives.</source>
        <translation>孤儿套接字（应用程序已关闭）达到 FIN_WAIT_2 超时（Linux 上为 tcp_fin_timeout）；或者收到 RST。</translation>
    </message>
    <message>
        <source>The application finally calls close(): TCP sends its own FIN.</source>
        <translation>应用程序终于调用了 close()：TCP 发送自己的 FIN。</translation>
    </message>
    <message>
        <source>An RST arrives or the application aborts instead of closing.</source>
        <translation>收到 RST，或者应用程序没有正常关闭而是中止了连接。</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives after the simultaneous close: TCP starts the 2×MSL wait.</source>
        <translation>同时关闭后，对我们 FIN 的 ACK 到达：TCP 开始 2×MSL 的等待。</translation>
    </message>
    <message>
        <source>An RST arrives or the FIN is retransmitted until the retry limit.</source>
        <translation>收到 RST，或者 FIN 一直重传到重试上限。</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives: the passive closer deletes the connection at once, without TIME_WAIT. An RST or the retry limit also ends it.</source>
        <translation>对我们 FIN 的 ACK 到达：被动关闭方立即删除连接，不经过 TIME_WAIT。收到 RST 或达到重试上限也会结束它。</translation>
    </message>
    <message>
        <source>The TIME_WAIT timer expires after 2×MSL (or the profile&apos;s fixed length); also an RST (TIME_WAIT assassination, RFC 1337) or an overflow of max_tw_buckets.</source>
        <translation>TIME_WAIT 定时器在 2×MSL（或配置中的固定时长）后到期；RST（TIME_WAIT 暗杀，RFC 1337）或 max_tw_buckets 溢出也会结束它。</translation>
    </message>
    <message>
        <source>A new SYN for the same 4-tuple with a higher sequence number or a newer timestamp is accepted: a new incarnation begins.</source>
        <translation>接受同一四元组上序号更大或时间戳更新的新 SYN：新的连接实例开始。</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <source>Maximum segment lifetime: how long a segment may survive in the network. The simulated network discards older segments, and TIME_WAIT lasts 2×MSL unless time_wait_ms fixes it.</source>
        <translation>报文段最大生存时间（MSL）：报文段在网络中最多能存活多久。模拟网络会丢弃更老的报文段；除非用 time_wait_ms 指定固定时长，TIME_WAIT 持续 2×MSL。</translation>
    </message>
    <message>
        <source>Length of TIME_WAIT. Empty (null) means 2×MSL as RFC 9293 requires; Linux uses a fixed length whatever MSL is. Shorter than MSL lets old duplicates reach a new incarnation.</source>
        <translation>TIME_WAIT 的时长。留空（null）表示按 RFC 9293 的要求取 2×MSL；Linux 不管 MSL 是多少都使用固定时长。短于 MSL 会让旧的重复报文段到达新的连接实例。</translation>
    </message>
    <message>
        <source>How long an orphaned socket (closed by its application) may wait in FIN_WAIT_2 for the peer&apos;s FIN before it is removed (Linux tcp_fin_timeout). Empty means no timeout. It does not change TIME_WAIT.</source>
        <translation>孤儿套接字（应用程序已关闭的套接字）在 FIN_WAIT_2 中等待对端 FIN 的最长时间，超时后被删除（Linux 的 tcp_fin_timeout）。留空表示不超时。它不影响 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Retransmission timeout used before any round-trip time has been measured, e.g. for the first SYN (RFC 6298).</source>
        <translation>在测得任何往返时间之前使用的重传超时，例如第一个 SYN 的重传（RFC 6298）。</translation>
    </message>
    <message>
        <source>Lower bound of the retransmission timeout computed from measured round-trip times.</source>
        <translation>根据测得的往返时间计算出的重传超时的下限。</translation>
    </message>
    <message>
        <source>Upper bound of the retransmission timeout: exponential backoff doubles it up to this value.</source>
        <translation>重传超时的上限：指数退避每次将超时加倍，最多加到这个值。</translation>
    </message>
    <message>
        <source>How many times SYN_SENT retransmits its SYN before connect() fails with a timeout (Linux tcp_syn_retries).</source>
        <translation>SYN_SENT 状态下 SYN 最多重传几次，之后 connect() 以超时失败（Linux 的 tcp_syn_retries）。</translation>
    </message>
    <message>
        <source>How many times SYN_RECEIVED retransmits its SYN,ACK before the half-open connection is dropped (Linux tcp_synack_retries).</source>
        <translation>SYN_RECEIVED 状态下 SYN,ACK 最多重传几次，之后丢弃这个半开连接（Linux 的 tcp_synack_retries）。</translation>
    </message>
    <message>
        <source>How many times data or a FIN is retransmitted before the connection is given up and closed (Linux tcp_retries2).</source>
        <translation>数据或 FIN 最多重传几次，之后放弃并关闭连接（Linux 的 tcp_retries2）。</translation>
    </message>
    <message>
        <source>How many SYN retransmissions keep the initial timeout before backoff begins to double it (Linux 6.5 and later).</source>
        <translation>前几次 SYN 重传保持初始超时不变，之后退避才开始加倍（Linux 6.5 及以后）。</translation>
    </message>
    <message>
        <source>Whether a new outgoing connection may take over a 4-tuple still in TIME_WAIT: 0 off, 1 on, 2 loopback only. It needs timestamps, which tell old segments from new ones.</source>
        <translation>新的外发连接能否接管仍处于 TIME_WAIT 的四元组：0 关闭，1 开启，2 仅限回环地址。它需要时间戳来区分新旧报文段。</translation>
    </message>
    <message>
        <source>The removed Linux option that dropped SYNs whose timestamp was older than the last one seen from the same host. Shown to explain why it broke clients behind NAT.</source>
        <translation>Linux 已删除的选项：丢弃时间戳比同一主机上次所见更旧的 SYN。保留它是为了说明它为什么会让 NAT 后面的客户端无法连接。</translation>
    </message>
    <message>
        <source>TCP timestamps option (RFC 7323): every segment carries TSval/TSecr, which lets TIME_WAIT tell a new SYN from an old duplicate.</source>
        <translation>TCP 时间戳选项（RFC 7323）：每个报文段都带有 TSval/TSecr，TIME_WAIT 借此区分新的 SYN 和旧的重复报文段。</translation>
    </message>
    <message>
        <source>Ignore RST in TIME_WAIT (RFC 1337 fix F1), so an old duplicate cannot assassinate TIME_WAIT.</source>
        <translation>在 TIME_WAIT 中忽略 RST（RFC 1337 的修复方案 F1），使旧的重复报文段无法“暗杀” TIME_WAIT。</translation>
    </message>
    <message>
        <source>Whether an idle connection sends keepalive probes to find out that the peer has crashed (RFC 9293 §3.8.4: optional and off by default).</source>
        <translation>空闲连接是否发送保活探测，以发现对端已经崩溃（RFC 9293 §3.8.4：可选功能，默认关闭）。</translation>
    </message>
    <message>
        <source>Idle time before the first keepalive probe.</source>
        <translation>发送第一个保活探测之前的空闲时间。</translation>
    </message>
    <message>
        <source>Time between keepalive probes that go unanswered.</source>
        <translation>无应答时相邻两次保活探测之间的间隔。</translation>
    </message>
    <message>
        <source>Unanswered keepalive probes after which the connection is closed and the application told it timed out.</source>
        <translation>无应答的保活探测达到这个次数后关闭连接，并通知应用程序连接超时。</translation>
    </message>
    <message>
        <source>SYN cookies: 0 off, 1 only when the SYN backlog overflows, 2 always. A cookie encodes the connection in the ISN so the listener keeps no state until the final ACK.</source>
        <translation>SYN cookie：0 关闭，1 仅在 SYN 队列溢出时使用，2 总是使用。cookie 把连接信息编码进 ISN，监听套接字在收到最后一个 ACK 之前不保存任何状态。</translation>
    </message>
    <message>
        <source>How many half-open connections (SYN_RECEIVED) a listener holds; further SYNs are dropped or answered with cookies.</source>
        <translation>监听套接字最多容纳多少个半开连接（SYN_RECEIVED）；超出后新的 SYN 被丢弃或用 cookie 应答。</translation>
    </message>
    <message>
        <source>Most TIME_WAIT sockets a host keeps; beyond it TIME_WAIT is destroyed early, losing its protection (Linux tcp_max_tw_buckets).</source>
        <translation>一台主机最多保留的 TIME_WAIT 套接字数量；超出后 TIME_WAIT 会被提前销毁，失去保护作用（Linux 的 tcp_max_tw_buckets）。</translation>
    </message>
    <message>
        <source>How long a receiver may wait before sending an ACK, hoping to combine it with data or a FIN.</source>
        <translation>接收方发送 ACK 之前最多等待多久，希望能把它和数据或 FIN 合并发送。</translation>
    </message>
    <message>
        <source>One-way propagation delay of the simulated network; a round trip takes twice as long.</source>
        <translation>模拟网络的单向传播时延；一次往返需要两倍的时间。</translation>
    </message>
    <message>
        <source>Probability that the network loses a segment, in each direction, drawn from the seeded random generator.</source>
        <translation>网络在每个方向上丢失报文段的概率，由带种子的随机数生成器决定。</translation>
    </message>
    <message>
        <source>Seed of the random generator: the same seed gives exactly the same run.</source>
        <translation>随机数生成器的种子：相同的种子得到完全相同的运行过程。</translation>
    </message>
    <message>
        <source>How initial sequence numbers are chosen: clock (a counter driven by time, RFC 9293 §3.4.1), random, or fixed (isn_client and isn_server, easy to read).</source>
        <translation>初始序号的选择方式：clock（随时间递增的计数器，RFC 9293 §3.4.1）、random（随机）或 fixed（固定为 isn_client 和 isn_server，便于阅读）。</translation>
    </message>
    <message>
        <source>The client&apos;s initial sequence number when isn is fixed.</source>
        <translation>isn 为 fixed 时客户端的初始序号。</translation>
    </message>
    <message>
        <source>The server&apos;s initial sequence number when isn is fixed.</source>
        <translation>isn 为 fixed 时服务器的初始序号。</translation>
    </message>
    <message>
        <source>Maximum segment size: the most payload bytes in one segment.</source>
        <translation>最大报文段长度（MSS）：一个报文段最多携带的数据字节数。</translation>
    </message>
    <message>
        <source>Receive window advertised to the peer: how many bytes it may send before waiting for an ACK.</source>
        <translation>向对端通告的接收窗口：对端在等待 ACK 之前最多可以发送多少字节。</translation>
    </message>
    <message>
        <source>2×MSL = %1</source>
        <translation>2×MSL = %1</translation>
    </message>
    <message>
        <source>none (waits for the peer&apos;s FIN for ever)</source>
        <translation>无（一直等待对端的 FIN）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>0 (off)</source>
        <translation>0（关闭）</translation>
    </message>
    <message>
        <source>1 (on)</source>
        <translation>1（开启）</translation>
    </message>
    <message>
        <source>2 (loopback only)</source>
        <translation>2（仅限回环）</translation>
    </message>
    <message>
        <source>1 (when the backlog overflows)</source>
        <translation>1（队列溢出时）</translation>
    </message>
    <message>
        <source>2 (always)</source>
        <translation>2（总是）</translation>
    </message>
    <message>
        <source>clock</source>
        <comment>ISN mode</comment>
        <translation>时钟（clock）</translation>
    </message>
    <message>
        <source>random</source>
        <comment>ISN mode</comment>
        <translation>随机（random）</translation>
    </message>
    <message>
        <source>fixed</source>
        <comment>ISN mode</comment>
        <translation>固定（fixed）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>probability in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Default in each profile:&lt;/i&gt;&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;各配置中的默认值：&lt;/i&gt;&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>instant of virtual time</comment>
        <translation>%1 秒</translation>
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
        <source>%1 (%2)</source>
        <comment>sentence (RFC section)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 calls listen(): the socket moves from %2 to %3 and waits for SYNs.</source>
        <translation>%1调用 listen()：套接字从 %2 进入 %3，等待 SYN。</translation>
    </message>
    <message>
        <source>%1 received an RST for a half-open connection: it moves from %2 back to %3 and the listener carries on.</source>
        <translation>%1的半开连接收到 RST：它从 %2 回到 %3，监听套接字继续工作。</translation>
    </message>
    <message>
        <source>%1 calls connect(): it sends a SYN and moves from %2 to %3 (an active open).</source>
        <translation>%1调用 connect()：发送 SYN，从 %2 进入 %3（主动打开）。</translation>
    </message>
    <message>
        <source>%1 received a SYN while its own SYN is unanswered (simultaneous open): it answers SYN,ACK and moves from %2 to %3.</source>
        <translation>%1自己的 SYN 尚未得到应答时又收到对方的 SYN（同时打开）：它回复 SYN,ACK，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1 accepted a new SYN for the same 4-tuple because its sequence number or timestamp is newer than anything of the old connection: it moves from %2 to %3 and a new incarnation begins.</source>
        <translation>%1接受了同一四元组上的新 SYN，因为它的序号或时间戳比旧连接的任何报文都新：从 %2 进入 %3，新的连接实例开始。</translation>
    </message>
    <message>
        <source>%1 received a SYN: it answers SYN,ACK and moves from %2 to %3, waiting for the ACK that completes the handshake.</source>
        <translation>%1收到 SYN：回复 SYN,ACK，从 %2 进入 %3，等待完成握手的 ACK。</translation>
    </message>
    <message>
        <source>%1 received SYN,ACK: it sends the final ACK and moves from %2 to %3.</source>
        <translation>%1收到 SYN,ACK：发送最后一个 ACK，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1 received a final ACK carrying a valid SYN cookie: it creates the connection directly, from %2 to %3, without having kept any half-open state.</source>
        <translation>%1收到携带有效 SYN cookie 的最后一个 ACK：直接建立连接，从 %2 进入 %3，此前没有保存任何半开连接状态。</translation>
    </message>
    <message>
        <source>%1 received the ACK of its SYN: the handshake is complete and it moves from %2 to %3.</source>
        <translation>%1收到对其 SYN 的 ACK：握手完成，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1&apos;s application called shutdown(SHUT_WR): it sends a FIN and moves from %2 to %3, but can still receive.</source>
        <translation>%1的应用程序调用了 shutdown(SHUT_WR)：发送 FIN，从 %2 进入 %3，但仍可接收数据。</translation>
    </message>
    <message>
        <source>%1&apos;s application called close(): it sends a FIN and moves from %2 to %3 (the active close).</source>
        <translation>%1的应用程序调用了 close()：发送 FIN，从 %2 进入 %3（主动关闭）。</translation>
    </message>
    <message>
        <source>%1 received the ACK of its FIN: it moves from %2 to %3 and waits for the peer&apos;s FIN.</source>
        <translation>%1收到对其 FIN 的 ACK：从 %2 进入 %3，等待对端的 FIN。</translation>
    </message>
    <message>
        <source>%1 received FIN: it ACKs and moves from %2 to %3; its application has read end of file and must now call close().</source>
        <translation>%1收到 FIN：回复 ACK，从 %2 进入 %3；它的应用程序读到了文件结束（EOF），现在应当调用 close()。</translation>
    </message>
    <message>
        <source>%1 received FIN while its own FIN is not yet acknowledged: both sides closed at once, so it ACKs and moves from %2 to %3.</source>
        <translation>%1自己的 FIN 还未被确认时收到了对端的 FIN：双方同时关闭，它回复 ACK，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1&apos;s application called close() after end of file: it sends its own FIN and moves from %2 to %3 to wait for the last ACK.</source>
        <translation>%1的应用程序在读到 EOF 之后调用了 close()：发送自己的 FIN，从 %2 进入 %3，等待最后一个 ACK。</translation>
    </message>
    <message>
        <source>%1 received the ACK of its FIN after a simultaneous close: it moves from %2 to %3 and waits 2×MSL like any active closer.</source>
        <translation>同时关闭之后，%1 收到对其 FIN 的 ACK：从 %2 进入 %3，像所有主动关闭方一样等待 2×MSL。</translation>
    </message>
    <message>
        <source>%1 received FIN: it ACKs and moves from %2 to %3 because it closed first: it must wait 2×MSL in case that ACK is lost (the peer would resend its FIN) and until old duplicates of this connection have died out.</source>
        <translation>%1收到 FIN：回复 ACK，从 %2 进入 %3。因为它是先关闭的一方，必须等待 2×MSL：万一这个 ACK 丢失，对端会重传 FIN；同时要等这个连接残留在网络中的旧重复报文段全部消失。</translation>
    </message>
    <message>
        <source>%1&apos;s host crashed: the socket vanishes without sending anything, from %2 to %3.</source>
        <translation>%1的主机崩溃：套接字悄无声息地消失，从 %2 变为 %3。</translation>
    </message>
    <message>
        <source>%1&apos;s application closed the listening socket: it moves from %2 to %3.</source>
        <translation>%1的应用程序关闭了监听套接字：从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1&apos;s application gave up the connection attempt: it moves from %2 to %3.</source>
        <translation>%1的应用程序放弃了连接尝试：从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1&apos;s application aborted: it sends an RST and goes from %2 straight to %3.</source>
        <translation>%1的应用程序中止了连接：发送 RST，从 %2 直接进入 %3。</translation>
    </message>
    <message>
        <source>%1 retransmitted without an answer up to its retry limit: it gives up, moves from %2 to %3 and reports a timeout.</source>
        <translation>%1一直重传到重试上限都没有得到应答：它放弃连接，从 %2 进入 %3，并报告超时。</translation>
    </message>
    <message>
        <source>%1&apos;s keepalive probes went unanswered: the peer is presumed dead, from %2 to %3.</source>
        <translation>%1的保活探测无人应答：认为对端已经失效，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1 received an RST in answer to its SYN: nobody listens on that port, the connection is refused, from %2 to %3.</source>
        <translation>%1发出的 SYN 得到了 RST 回复：该端口没有程序监听，连接被拒绝，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1 received an RST: it kills TIME_WAIT early (TIME_WAIT assassination), from %2 to %3.</source>
        <translation>%1收到 RST：它提前终结了 TIME_WAIT（TIME_WAIT 暗杀），从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1 received an RST: the connection is reset and moves from %2 to %3.</source>
        <translation>%1收到 RST：连接被重置，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1 holds too many TIME_WAIT sockets: this one is destroyed early, from %2 to %3, and loses the protection of TIME_WAIT.</source>
        <translation>%1持有的 TIME_WAIT 套接字太多：这一个被提前销毁，从 %2 进入 %3，失去了 TIME_WAIT 的保护。</translation>
    </message>
    <message>
        <source>%1&apos;s orphaned socket waited too long for the peer&apos;s FIN: the FIN_WAIT_2 timeout removes it, from %2 to %3. A late FIN from the peer will be answered with RST.</source>
        <translation>%1的孤儿套接字等待对端 FIN 的时间太长：FIN_WAIT_2 超时将其删除，从 %2 进入 %3。对端迟到的 FIN 将收到 RST。</translation>
    </message>
    <message>
        <source>%1&apos;s TIME_WAIT timer expired: the connection is deleted, from %2 to %3, and its 4-tuple may be used again.</source>
        <translation>%1的 TIME_WAIT 定时器到期：连接被删除，从 %2 进入 %3，它的四元组可以再次使用。</translation>
    </message>
    <message>
        <source>%1 received the last ACK: it moves from %2 to %3 at once, because the passive closer does not wait in TIME_WAIT.</source>
        <translation>%1收到最后一个 ACK：立即从 %2 进入 %3，因为被动关闭方不需要在 TIME_WAIT 中等待。</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3: %4</source>
        <translation>%1从 %2 进入 %3：%4</translation>
    </message>
    <message>
        <source>%1 sends a segment.</source>
        <translation>%1发送一个报文段。</translation>
    </message>
    <message>
        <source>%1 sends %2: a reset, the connection is refused or aborted.</source>
        <translation>%1发送 %2：这是一个复位，连接被拒绝或中止。</translation>
    </message>
    <message>
        <source>%1 sends %2: it accepts the connection and acknowledges the SYN.</source>
        <translation>%1发送 %2：接受连接并确认对方的 SYN。</translation>
    </message>
    <message>
        <source>%1 sends %2 to open a connection.</source>
        <translation>%1发送 %2，请求建立连接。</translation>
    </message>
    <message>
        <source>%1 sends %2: it has no more data to send.</source>
        <translation>%1发送 %2：它已没有更多数据要发送。</translation>
    </message>
    <message numerus="yes">
        <source>%1 sends %2 carrying %n byte(s) of data.</source>
        <translation>
            <numerusform>%1 发送 %2，携带 %n 字节数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sends %2 to acknowledge what it has received.</source>
        <translation>%1发送 %2，确认已收到的数据。</translation>
    </message>
    <message>
        <source>%1 receives %2.</source>
        <translation>%1收到 %2。</translation>
    </message>
    <message>
        <source>%1 receives a segment.</source>
        <translation>%1收到一个报文段。</translation>
    </message>
    <message>
        <source>A segment to %1 is dropped on purpose (fault injection): %2.</source>
        <translation>发往%1的报文段被故意丢弃（故障注入）：%2。</translation>
    </message>
    <message>
        <source>The network loses a segment to %1: %2.</source>
        <translation>网络丢失了一个发往%1的报文段：%2。</translation>
    </message>
    <message>
        <source>A segment to %1 is older than MSL and dies in the network: %2.</source>
        <translation>发往%1的报文段存活时间超过 MSL，在网络中消亡：%2。</translation>
    </message>
    <message>
        <source>%1 drops %2: it lies outside the receive window (the acceptability test).</source>
        <translation>%1丢弃 %2：它落在接收窗口之外（可接受性检查未通过）。</translation>
    </message>
    <message>
        <source>%1 has no socket for %2: it is dropped and answered with RST.</source>
        <translation>%1没有与 %2 对应的套接字：丢弃该报文段并回复 RST。</translation>
    </message>
    <message>
        <source>%1&apos;s listener is full of half-open connections: %2 is dropped.</source>
        <translation>%1的监听套接字已被半开连接占满：%2 被丢弃。</translation>
    </message>
    <message>
        <source>%1 is in TIME_WAIT and refuses %2: it is not newer than the old connection.</source>
        <translation>%1处于 TIME_WAIT，拒绝了 %2：它并不比旧连接更新。</translation>
    </message>
    <message>
        <source>%1 drops %2: its timestamp is older than the last one seen (PAWS).</source>
        <translation>%1丢弃 %2：它的时间戳比上次见到的更旧（PAWS）。</translation>
    </message>
    <message>
        <source>A segment to %1 cannot be delivered, that host does not exist: %2.</source>
        <translation>发往%1的报文段无法投递，该主机不存在：%2。</translation>
    </message>
    <message>
        <source>%1 ignores %2, as the rules of its state require.</source>
        <translation>按照当前状态的规则，%1 忽略 %2。</translation>
    </message>
    <message>
        <source>%1 stops a timer that is no longer needed.</source>
        <translation>%1停止了一个不再需要的定时器。</translation>
    </message>
    <message numerus="yes">
        <source>%1 restarts its retransmission timer with a doubled timeout (retransmission %n), due at %2.</source>
        <translation>
            <numerusform>%1以加倍的超时重新启动重传定时器（第 %n 次重传），到期时间 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts its retransmission timer: if no ACK arrives by %2, it sends the segment again.</source>
        <translation>%1启动重传定时器：如果到 %2 还没有收到 ACK，就重新发送该报文段。</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits for an answer to its handshake segment until %2 (retransmission %n).</source>
        <translation>
            <numerusform>%1等待握手报文段的应答，直到 %2（第 %n 次重传）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for an answer to its handshake segment until %2.</source>
        <translation>%1等待握手报文段的应答，直到 %2。</translation>
    </message>
    <message>
        <source>%1 starts the TIME_WAIT timer: the connection is remembered until %2.</source>
        <translation>%1启动 TIME_WAIT 定时器：这个连接会被记住，直到 %2。</translation>
    </message>
    <message>
        <source>%1&apos;s TIME_WAIT timer fires: the wait is over.</source>
        <translation>%1的 TIME_WAIT 定时器到期：等待结束。</translation>
    </message>
    <message>
        <source>%1&apos;s socket is an orphan in FIN_WAIT_2: it will be removed at %2 if the peer&apos;s FIN does not come.</source>
        <translation>%1的套接字是处于 FIN_WAIT_2 的孤儿套接字：如果对端的 FIN 一直不来，它将在 %2被删除。</translation>
    </message>
    <message>
        <source>%1&apos;s FIN_WAIT_2 timeout fires: the peer never sent its FIN.</source>
        <translation>%1的 FIN_WAIT_2 超时到期：对端始终没有发送 FIN。</translation>
    </message>
    <message>
        <source>%1 schedules a keepalive probe at %2 in case the connection stays idle.</source>
        <translation>%1安排在 %2发送保活探测，以防连接一直空闲。</translation>
    </message>
    <message>
        <source>%1&apos;s keepalive timer fires: it probes the idle peer.</source>
        <translation>%1的保活定时器到期：探测空闲的对端。</translation>
    </message>
    <message>
        <source>%1 delays its ACK until %2, hoping to send it with data or a FIN.</source>
        <translation>%1把 ACK 推迟到 %2，希望能和数据或 FIN 一起发送。</translation>
    </message>
    <message>
        <source>%1&apos;s delayed-ACK timer fires: it sends the ACK alone.</source>
        <translation>%1的延迟确认定时器到期：单独发送 ACK。</translation>
    </message>
    <message>
        <source>%1&apos;s application learns that the connection is open.</source>
        <translation>%1的应用程序得知连接已建立。</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s application reads %n byte(s).</source>
        <translation>
            <numerusform>%1的应用程序读取了 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s application reads end of file: the peer has closed its direction.</source>
        <translation>%1的应用程序读到文件结束（EOF）：对端已经关闭了它那个方向。</translation>
    </message>
    <message>
        <source>%1&apos;s application is told: broken pipe (EPIPE) — Linux reports a reset that arrives in CLOSE_WAIT this way.</source>
        <translation>%1的应用程序收到通知：管道已断开（EPIPE）——Linux 就是这样报告在 CLOSE_WAIT 中收到的复位的。</translation>
    </message>
    <message>
        <source>%1&apos;s application is told: connection reset (ECONNRESET).</source>
        <translation>%1的应用程序收到通知：连接被重置（ECONNRESET）。</translation>
    </message>
    <message>
        <source>%1&apos;s application is told: connection refused (ECONNREFUSED).</source>
        <translation>%1的应用程序收到通知：连接被拒绝（ECONNREFUSED）。</translation>
    </message>
    <message>
        <source>%1&apos;s application is told: connection timed out (ETIMEDOUT).</source>
        <translation>%1的应用程序收到通知：连接超时（ETIMEDOUT）。</translation>
    </message>
    <message>
        <source>%1&apos;s application: the connection is completely closed.</source>
        <translation>%1的应用程序：连接已完全关闭。</translation>
    </message>
    <message>
        <source>%1&apos;s listen() fails: the port is already in use (EADDRINUSE).</source>
        <translation>%1的 listen() 失败：端口已被占用（EADDRINUSE）。</translation>
    </message>
    <message>
        <source>%1&apos;s application acts on a connection that does not exist (ENOTCONN).</source>
        <translation>%1的应用程序操作了一个不存在的连接（ENOTCONN）。</translation>
    </message>
    <message>
        <source>%1&apos;s application writes to a connection that is closing or closed (EPIPE).</source>
        <translation>%1的应用程序向正在关闭或已关闭的连接写数据（EPIPE）。</translation>
    </message>
    <message>
        <source>%1&apos;s application cannot act: its host has crashed.</source>
        <translation>%1的应用程序无法执行操作：它的主机已崩溃。</translation>
    </message>
    <message>
        <source>%1&apos;s application gets an error: %2</source>
        <translation>%1的应用程序遇到错误：%2</translation>
    </message>
    <message>
        <source>DANGER: %1 accepted a segment from an older incarnation of this 4-tuple: %2.</source>
        <translation>危险：%1 接受了该四元组旧连接实例的报文段：%2。</translation>
    </message>
    <message>
        <source>%1 recognised a segment from an older incarnation and rejected it: %2.</source>
        <translation>%1识别出一个来自旧连接实例的报文段并拒绝了它：%2。</translation>
    </message>
    <message>
        <source>%1 reuses a 4-tuple still in TIME_WAIT for a new connection (tw_reuse with timestamps).</source>
        <translation>%1把仍处于 TIME_WAIT 的四元组重用于新连接（tw_reuse 配合时间戳）。</translation>
    </message>
    <message>
        <source>%1 accepts a SYN in TIME_WAIT: a new incarnation of the 4-tuple begins (RFC 6191).</source>
        <translation>%1在 TIME_WAIT 中接受了 SYN：该四元组的新连接实例开始（RFC 6191）。</translation>
    </message>
    <message>
        <source>%1&apos;s SYN queue is full: it answers with a SYN cookie and keeps no state.</source>
        <translation>%1的 SYN 队列已满：它用 SYN cookie 应答，不保存任何状态。</translation>
    </message>
    <message>
        <source>%1 receives a valid SYN cookie: the connection is created from the final ACK.</source>
        <translation>%1收到有效的 SYN cookie：根据最后一个 ACK 建立连接。</translation>
    </message>
    <message>
        <source>%1&apos;s application has a bug: it will never call close().</source>
        <translation>%1的应用程序有缺陷：它永远不会调用 close()。</translation>
    </message>
    <message>
        <source>%1&apos;s host crashed: every connection is forgotten.</source>
        <translation>%1的主机崩溃：所有连接都被遗忘。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>peer: note from the simulator</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1&apos;s application sends on a listening socket: it becomes an active open, sends a SYN and moves from %2 to %3.</source>
        <translation>%1的应用程序在监听套接字上发送数据：它变为主动打开，发送 SYN，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>%1 hands the 4-tuple of this TIME_WAIT connection to a new connection (tw_reuse): the old one is deleted, from %2 to %3.</source>
        <translation>%1把这个 TIME_WAIT 连接的四元组交给新连接使用（tw_reuse）：旧连接被删除，从 %2 进入 %3。</translation>
    </message>
    <message>
        <source>app listen</source>
        <comment>cause of a state change</comment>
        <translation>应用调用 listen()</translation>
    </message>
    <message>
        <source>app connect</source>
        <comment>cause of a state change</comment>
        <translation>应用调用 connect()</translation>
    </message>
    <message>
        <source>app send in LISTEN / snd SYN</source>
        <comment>cause of a state change</comment>
        <translation>应用在 LISTEN 中发送 / 发 SYN</translation>
    </message>
    <message>
        <source>app close / snd FIN</source>
        <comment>cause of a state change</comment>
        <translation>应用调用 close() / 发 FIN</translation>
    </message>
    <message>
        <source>app shutdown(SHUT_WR) / snd FIN</source>
        <comment>cause of a state change</comment>
        <translation>应用 shutdown(SHUT_WR) / 发 FIN</translation>
    </message>
    <message>
        <source>app close in SYN_SENT</source>
        <comment>cause of a state change</comment>
        <translation>应用在 SYN_SENT 中调用 close()</translation>
    </message>
    <message>
        <source>app close of listener</source>
        <comment>cause of a state change</comment>
        <translation>应用关闭监听套接字</translation>
    </message>
    <message>
        <source>app abort / snd RST</source>
        <comment>cause of a state change</comment>
        <translation>应用中止 / 发 RST</translation>
    </message>
    <message>
        <source>rcv SYN / snd SYN,ACK</source>
        <comment>cause of a state change</comment>
        <translation>收 SYN / 发 SYN,ACK</translation>
    </message>
    <message>
        <source>rcv SYN (simultaneous open) / snd SYN,ACK</source>
        <comment>cause of a state change</comment>
        <translation>收 SYN（同时打开）/ 发 SYN,ACK</translation>
    </message>
    <message>
        <source>rcv SYN,ACK / snd ACK</source>
        <comment>cause of a state change</comment>
        <translation>收 SYN,ACK / 发 ACK</translation>
    </message>
    <message>
        <source>rcv SYN,ACK (simultaneous open)</source>
        <comment>cause of a state change</comment>
        <translation>收 SYN,ACK（同时打开）</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <comment>cause of a state change</comment>
        <translation>收 SYN 的 ACK</translation>
    </message>
    <message>
        <source>rcv ACK with valid SYN cookie</source>
        <comment>cause of a state change</comment>
        <translation>收到带有效 SYN cookie 的 ACK</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <comment>cause of a state change</comment>
        <translation>收 FIN 的 ACK</translation>
    </message>
    <message>
        <source>rcv FIN / snd ACK</source>
        <comment>cause of a state change</comment>
        <translation>收 FIN / 发 ACK</translation>
    </message>
    <message>
        <source>rcv FIN (simultaneous close) / snd ACK</source>
        <comment>cause of a state change</comment>
        <translation>收 FIN（同时关闭）/ 发 ACK</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <comment>cause of a state change</comment>
        <translation>收 RST</translation>
    </message>
    <message>
        <source>rcv RST: connection reset</source>
        <comment>cause of a state change</comment>
        <translation>收 RST：连接被重置</translation>
    </message>
    <message>
        <source>rcv RST: return to LISTEN</source>
        <comment>cause of a state change</comment>
        <translation>收 RST：回到 LISTEN</translation>
    </message>
    <message>
        <source>rcv RST in SYN_RECEIVED</source>
        <comment>cause of a state change</comment>
        <translation>在 SYN_RECEIVED 中收 RST</translation>
    </message>
    <message>
        <source>rcv RST in SYN_SENT: connection refused</source>
        <comment>cause of a state change</comment>
        <translation>在 SYN_SENT 中收 RST：连接被拒绝</translation>
    </message>
    <message>
        <source>rcv RST in TIME_WAIT (TIME_WAIT assassination, RFC 1337)</source>
        <comment>cause of a state change</comment>
        <translation>在 TIME_WAIT 中收 RST（TIME_WAIT 暗杀，RFC 1337）</translation>
    </message>
    <message>
        <source>retransmission limit reached</source>
        <comment>cause of a state change</comment>
        <translation>达到重传上限</translation>
    </message>
    <message>
        <source>keepalive probes unanswered</source>
        <comment>cause of a state change</comment>
        <translation>保活探测无应答</translation>
    </message>
    <message>
        <source>TIME_WAIT timeout (2MSL) expired</source>
        <comment>cause of a state change</comment>
        <translation>TIME_WAIT 超时（2MSL）到期</translation>
    </message>
    <message>
        <source>TIME_WAIT timeout (fixed length, not 2MSL) expired</source>
        <comment>cause of a state change</comment>
        <translation>TIME_WAIT 超时（固定时长，而非 2MSL）到期</translation>
    </message>
    <message>
        <source>TIME_WAIT reused by tcp_tw_reuse</source>
        <comment>cause of a state change</comment>
        <translation>TIME_WAIT 被 tcp_tw_reuse 重用</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 timeout (tcp_fin_timeout) for orphaned socket</source>
        <comment>cause of a state change</comment>
        <translation>孤儿套接字的 FIN_WAIT_2 超时（tcp_fin_timeout）</translation>
    </message>
    <message>
        <source>tcp_max_tw_buckets overflow: TIME_WAIT destroyed early</source>
        <comment>cause of a state change</comment>
        <translation>tcp_max_tw_buckets 溢出：TIME_WAIT 被提前销毁</translation>
    </message>
    <message>
        <source>host crashed</source>
        <comment>cause of a state change</comment>
        <translation>主机崩溃</translation>
    </message>
    <message>
        <source>host crashed: connection forgotten</source>
        <comment>cause of a state change</comment>
        <translation>主机崩溃：连接被遗忘</translation>
    </message>
    <message>
        <source>RETRANSMIT</source>
        <comment>timer name</comment>
        <translation>重传</translation>
    </message>
    <message>
        <source>KEEPALIVE</source>
        <comment>timer name</comment>
        <translation>保活</translation>
    </message>
    <message>
        <source>SYN_RETRY</source>
        <comment>timer name</comment>
        <translation>SYN 重传</translation>
    </message>
    <message>
        <source>DELAYED_ACK</source>
        <comment>timer name</comment>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>%1 ignores %2 in TIME_WAIT (the RFC 1337 protection): TIME_WAIT runs its full length, so no old duplicate can reach a new connection early.</source>
        <translation>%1 在 TIME_WAIT 中忽略 %2（RFC 1337 保护）：TIME_WAIT 完整地走完，旧的重复报文不会提前进入新连接。</translation>
    </message>
    <message>
        <source>%1&apos;s retransmission timer fires: nothing was acknowledged in time, so it sends the oldest unacknowledged segment again with its congestion window cut to one segment (RFC 5681), or gives up when the retry limit is reached.</source>
        <translation>%1 的重传定时器到期：没有及时收到确认，于是它重发最早未被确认的报文段，并把拥塞窗口降为一个报文段（RFC 5681）；达到重试上限时则放弃。</translation>
    </message>
    <message>
        <source>%1&apos;s SYN timer fires: no answer yet, so the handshake segment is sent again, or connect() fails when the retry limit is reached.</source>
        <translation>%1 的 SYN 定时器到期：仍未收到应答，于是再次发送握手报文段；若已达到重试上限，connect() 失败。</translation>
    </message>
    <message>
        <source>A host that closes many short connections first holds one TIME_WAIT for each of them during the whole 2×MSL. That is normal and protects two things: (1) old duplicate segments of the same 4-tuple still in the network cannot be taken by a new connection on the same ports; (2) if our last ACK is lost, the peer&apos;s retransmitted FIN is acknowledged again, whereas without TIME_WAIT it would be answered with RST and the peer would report an error. The cost: ephemeral ports run out (connect() fails with EADDRNOTAVAIL) and the table may overflow max_tw_buckets. Remedies: let the server close last, reuse connections, tw_reuse with timestamps; not a shorter TIME_WAIT.</source>
        <translation>主动关闭大量短连接的主机，会为每个连接保留一个 TIME_WAIT，持续整整 2×MSL。这是正常的，它保护两件事：(1) 同一四元组仍在网络中的旧重复报文段不会被同一端口上的新连接误收；(2) 如果我们最后的 ACK 丢失，对端重传的 FIN 会被再次确认，而没有 TIME_WAIT 的话它会收到 RST，对端就会报错。代价是：临时端口会被耗尽（connect() 因 EADDRNOTAVAIL 失败），表项可能超过 max_tw_buckets。对策：让服务器最后关闭、复用连接、配合时间戳使用 tw_reuse；而不是缩短 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Lowest port of the ephemeral range (Linux ip_local_port_range) from which a connect() without bind() chooses its local port. When every port is in use for the destination, connect() fails with EADDRNOTAVAIL.</source>
        <translation>临时端口范围（Linux 的 ip_local_port_range）的最低端口，没有 bind() 的 connect() 从这个范围里选择本地端口。当所有端口对该目的地都已被占用时，connect() 以 EADDRNOTAVAIL 失败。</translation>
    </message>
    <message>
        <source>Highest port of the ephemeral range. A range of one port shows at once what happens when the ports run out: a port held in TIME_WAIT is taken again only when tw_reuse allows it.</source>
        <translation>临时端口范围的最高端口。只有一个端口的范围能立刻展示端口耗尽时会发生什么：被 TIME_WAIT 占用的端口只有在 tw_reuse 允许时才会被再次使用。</translation>
    </message>
    <message>
        <source>%1&apos;s application called close() and can read nothing more: new data from the peer is lost, so it answers with RST and the connection ends, from %2 to %3 (shutdown() would have kept it readable).</source>
        <translation>%1的应用程序已调用 close()，再也读不到任何数据：对端发来的新数据会丢失，所以它回复 RST，连接结束，从 %2 到 %3（如果用的是 shutdown()，连接仍然可读）。</translation>
    </message>
    <message>
        <source>%1&apos;s application closed the connection without reading all the data it received: that data is lost, so instead of a FIN it sends an RST and goes from %2 straight to %3.</source>
        <translation>%1的应用程序没有读完收到的全部数据就关闭了连接：这些数据丢失了，所以它发送 RST 而不是 FIN，并从 %2 直接进入 %3。</translation>
    </message>
    <message>
        <source>%1&apos;s application bound the port again with SO_REUSEADDR: this TIME_WAIT connection gives its 4-tuple to the new one, from %2 to %3.</source>
        <translation>%1的应用程序用 SO_REUSEADDR 再次绑定了这个端口：这个处于 TIME_WAIT 的连接把它的四元组交给新连接，从 %2 到 %3。</translation>
    </message>
    <message>
        <source>%1 does not trust %2: an RST resets only at exactly RCV.NXT, so it answers with a challenge ACK and drops it (RFC 5961). A real peer answers with a correct RST; a blind attacker cannot.</source>
        <translation>%1不信任 %2：只有序号恰好等于 RCV.NXT 的 RST 才会重置连接，所以它回复一个挑战 ACK 并丢弃该 RST（RFC 5961）。真正的对端会用正确的 RST 回应；盲目攻击者做不到。</translation>
    </message>
    <message>
        <source>%1 drops %2: a SYN on a synchronized connection is answered with a challenge ACK (RFC 5961). If the peer really restarted, it answers that ACK with an RST.</source>
        <translation>%1丢弃 %2：已同步的连接收到 SYN 时回复一个挑战 ACK（RFC 5961）。如果对端确实重启了，它会用 RST 回应这个 ACK。</translation>
    </message>
    <message>
        <source>%1&apos;s bind() fails: another socket of this host holds the port, a TIME_WAIT one counts too, and SO_REUSEADDR is not set (EADDRINUSE).</source>
        <translation>%1的 bind() 失败：本主机的另一个套接字占用着这个端口（处于 TIME_WAIT 的也算），而且没有设置 SO_REUSEADDR（EADDRINUSE）。</translation>
    </message>
    <message>
        <source>%1&apos;s connect() fails: every port of the ephemeral range is in use for this destination, and no TIME_WAIT entry may be reused (EADDRNOTAVAIL).</source>
        <translation>%1的 connect() 失败：临时端口范围内的每个端口对该目的地都已被占用，而且没有可以重用的 TIME_WAIT 条目（EADDRNOTAVAIL）。</translation>
    </message>
    <message>
        <source>%1&apos;s connect() fails: another connection holds this 4-tuple (EADDRNOTAVAIL).</source>
        <translation>%1的 connect() 失败：另一个连接占用着这个四元组（EADDRNOTAVAIL）。</translation>
    </message>
    <message>
        <source>%1&apos;s application stops reading: what arrives now waits in the receive queue, unread.</source>
        <translation>%1的应用程序停止读取：此后到达的数据留在接收队列中，无人读取。</translation>
    </message>
    <message>
        <source>%1 binds with SO_REUSEADDR to the port of its own TIME_WAIT connection: with timestamps on, the new connection takes the 4-tuple over at once, whatever tcp_tw_reuse says.</source>
        <translation>%1用 SO_REUSEADDR 绑定到自己处于 TIME_WAIT 的连接的端口：在启用时间戳的情况下，新连接立即接管这个四元组，与 tcp_tw_reuse 的值无关。</translation>
    </message>
    <message>
        <source>TIME_WAIT taken over by bind() with SO_REUSEADDR</source>
        <comment>cause of a state change</comment>
        <translation>TIME_WAIT 被带 SO_REUSEADDR 的 bind() 接管</translation>
    </message>
    <message>
        <source>rcv data after close() / snd RST</source>
        <comment>cause of a state change</comment>
        <translation>close() 之后收到数据 / 发送 RST</translation>
    </message>
    <message>
        <source>app close with unread data / snd RST</source>
        <comment>cause of a state change</comment>
        <translation>应用在有未读数据时 close / 发送 RST</translation>
    </message>
</context>
<context>
    <name>TransitionMap</name>
    <message>
        <source>RST answers our SYN: connection refused</source>
        <translation>RST 回应了我们的 SYN：连接被拒绝</translation>
    </message>
    <message>
        <source>RST during a simultaneous open: connection refused</source>
        <translation>同时打开期间收到 RST：连接被拒绝</translation>
    </message>
    <message>
        <source>RST on an open connection: connection reset</source>
        <translation>已打开的连接收到 RST：连接被重置</translation>
    </message>
    <message>
        <source>RST while closing (CLOSING, LAST_ACK)</source>
        <translation>关闭过程中收到 RST（CLOSING、LAST_ACK）</translation>
    </message>
    <message>
        <source>RST in TIME_WAIT: TIME_WAIT assassination</source>
        <translation>TIME_WAIT 中收到 RST：TIME_WAIT 被暗杀</translation>
    </message>
    <message>
        <source>SYN retransmissions given up: connection timed out</source>
        <translation>放弃重传 SYN：连接超时</translation>
    </message>
    <message>
        <source>SYN,ACK retransmissions given up: half-open connection dropped</source>
        <translation>放弃重传 SYN,ACK：丢弃半开连接</translation>
    </message>
    <message>
        <source>data or FIN retransmissions given up</source>
        <translation>放弃重传数据或 FIN</translation>
    </message>
    <message>
        <source>orphaned FIN_WAIT_2 timed out</source>
        <translation>孤儿 FIN_WAIT_2 超时</translation>
    </message>
    <message>
        <source>keepalive probes unanswered: peer presumed dead</source>
        <translation>保活探测无应答：认为对端已失效</translation>
    </message>
    <message>
        <source>application abort: RST sent</source>
        <translation>应用程序中止：发送 RST</translation>
    </message>
    <message>
        <source>host crashed: connection forgotten</source>
        <translation>主机崩溃：连接被遗忘</translation>
    </message>
    <message>
        <source>host crashed: listener gone</source>
        <translation>主机崩溃：监听套接字消失</translation>
    </message>
    <message>
        <source>SYN cookie: connection born ESTABLISHED</source>
        <translation>SYN cookie：连接直接以 ESTABLISHED 建立</translation>
    </message>
    <message>
        <source>FIN in SYN_RECEIVED: straight to CLOSE_WAIT</source>
        <translation>SYN_RECEIVED 中收到 FIN：直接进入 CLOSE_WAIT</translation>
    </message>
    <message>
        <source>SYN accepted in TIME_WAIT (RFC 6191): new incarnation</source>
        <translation>TIME_WAIT 接受新 SYN（RFC 6191）：新的连接化身</translation>
    </message>
    <message>
        <source>TIME_WAIT taken over by tcp_tw_reuse</source>
        <translation>TIME_WAIT 被 tcp_tw_reuse 接管</translation>
    </message>
    <message>
        <source>TIME_WAIT taken over by bind() with SO_REUSEADDR</source>
        <translation>TIME_WAIT 被带 SO_REUSEADDR 的 bind() 接管</translation>
    </message>
    <message>
        <source>TIME_WAIT destroyed: tcp_max_tw_buckets full</source>
        <translation>TIME_WAIT 被销毁：tcp_max_tw_buckets 已满</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TCP State Lab: watch TCP&apos;s state machine at work.</source>
        <translation>TCP 状态实验室：观察 TCP 状态机如何运转。</translation>
    </message>
    <message>
        <source>Do not start playing.</source>
        <translation>启动后不自动播放。</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN); without it, the one chosen last time in View &gt; Language, else the system&apos;s.</source>
        <translation>界面语言（en、zh_CN）；不指定时使用上次在“视图 &gt; 语言”中的选择，否则跟随系统。</translation>
    </message>
    <message>
        <source>With --render: the instant, in ms of virtual time (default 0).</source>
        <translation>配合 --render：要绘制的时刻，以虚拟时间的毫秒计（默认 0）。</translation>
    </message>
    <message>
        <source>With --render: the window&apos;s size (default 1920x1080).</source>
        <translation>配合 --render：窗口大小（默认 1920x1080）。</translation>
    </message>
    <message>
        <source>With --render: as in classroom mode (F11).</source>
        <translation>配合 --render：按课堂模式（F11）绘制。</translation>
    </message>
    <message>
        <source>With --render: compare mode, against this other run (FILE.json or builtin:NAME).</source>
        <translation>配合 --render：对比模式，与指定的另一次运行（FILE.json 或 builtin:NAME）对比。</translation>
    </message>
    <message>
        <source>With --render: compare mode, against the same scenario with key=value changed (repeatable).</source>
        <translation>配合 --render：对比模式，与按 key=value 修改后的同一场景对比（可多次指定）。</translation>
    </message>
    <message>
        <source>--at-ms: expected a whole number of ms, got &quot;%1&quot;</source>
        <translation>--at-ms：应为整数毫秒，实际为“%1”</translation>
    </message>
    <message>
        <source>--render: expected one picture to write (OUT.png or OUT.svg) after the options</source>
        <translation>--render：选项之后应给出一个要写入的图片（OUT.png 或 OUT.svg）</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT in pixels, each %1 to %2 (e.g. 1280x720), got &quot;%3&quot;</source>
        <translation>--size：应为以像素计的 WIDTHxHEIGHT，宽和高均在 %1 到 %2 之间（例如 1280x720），实际为“%3”</translation>
    </message>
    <message>
        <source>%1: the picture must end in .png or .svg</source>
        <translation>%1：图片文件名必须以 .png 或 .svg 结尾</translation>
    </message>
    <message>
        <source>--at-ms: expected a time of 0 ms or more, got %1</source>
        <translation>--at-ms：时间应不小于 0 毫秒，实际为 %1</translation>
    </message>
    <message>
        <source>%1: cannot write the picture: %2</source>
        <translation>%1：无法写入图片：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1：无法写入图片</translation>
    </message>
    <message>
        <source>Draw the window at one instant of SCENARIO (FILE.json or builtin:NAME, or a capture FILE.pcap or FILE.pcapng: its first connection) into the picture given as the last argument (OUT.png or OUT.svg), with no display, and exit.</source>
        <translation>不显示窗口，将场景 SCENARIO（FILE.json 或 builtin:NAME，或抓包 FILE.pcap、FILE.pcapng：取其第一个连接）某一时刻的窗口画面绘制到最后一个参数指定的图片（OUT.png 或 OUT.svg）中，然后退出。</translation>
    </message>
    <message>
        <source>A scenario (FILE.json) or a capture (FILE.pcap, FILE.pcapng) to open; with --render, the picture to write.</source>
        <translation>要打开的场景（FILE.json）或抓包（FILE.pcap、FILE.pcapng）；配合 --render 时为要写入的图片。</translation>
    </message>
    <message>
        <source>--compare: compares two scenarios; %1 is a capture</source>
        <translation>--compare：比较的是两个场景；%1 是一个抓包</translation>
    </message>
</context>
<context>
    <name>tcplab::CaptureDialog</name>
    <message>
        <source>%1 (assumed)</source>
        <translation>%1（假定）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Open capture: %1</source>
        <translation>打开抓包：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n TCP connection(s) in this capture. Choose one to replay in the diagrams at its real timings. A capture is taken at one point: the states are inferred from the segments seen there, and the far end&apos;s are a guess.</source>
        <translation>
            <numerusform>该抓包中有 %n 个 TCP 连接。选择一个，在图中按真实时间回放。抓包是在一个位置获取的：状态是根据在那里看到的报文段推断的，远端的状态只是推测。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection (client → server)</source>
        <translation>连接（客户端 → 服务器）</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Client: first → last state</source>
        <translation>客户端：首个 → 最后状态</translation>
    </message>
    <message>
        <source>Server: first → last state</source>
        <translation>服务器：首个 → 最后状态</translation>
    </message>
</context>
<context>
    <name>tcplab::ComparePane</name>
    <message>
        <source>Client: %1 · Server: %2</source>
        <translation>客户端：%1 · 服务器：%2</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
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
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
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
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Close compare</source>
        <translation>关闭对比</translation>
    </message>
    <message>
        <source>Both runs, one clock: drag to any moment</source>
        <translation>两次运行共用一个时钟：拖动到任意时刻</translation>
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
    <name>tcplab::ExplorerCharts</name>
    <message>
        <source>Client sockets per state</source>
        <translation>客户端各状态的套接字数</translation>
    </message>
    <message>
        <source>Server sockets per state</source>
        <translation>服务器各状态的套接字数</translation>
    </message>
    <message>
        <source>virtual time (s)</source>
        <translation>虚拟时间（秒）</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>套接字数</translation>
    </message>
    <message>
        <source>Little&apos;s law: rate × TIME_WAIT</source>
        <translation>利特尔定律：速率 × TIME_WAIT</translation>
    </message>
    <message>
        <source>Port ceiling (ephemeral ports)</source>
        <translation>端口上限（临时端口数）</translation>
    </message>
    <message>
        <source>B: TIME_WAIT</source>
        <translation>B：TIME_WAIT</translation>
    </message>
    <message>
        <source>B: CLOSE_WAIT</source>
        <translation>B：CLOSE_WAIT</translation>
    </message>
    <message>
        <source>B: Little&apos;s law</source>
        <translation>B：利特尔定律</translation>
    </message>
    <message>
        <source>Failed connects and pool exhaustion</source>
        <translation>连接失败与连接池耗尽</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>A: EADDRNOTAVAIL (no free port)</source>
        <translation>A：EADDRNOTAVAIL（没有空闲端口）</translation>
    </message>
    <message>
        <source>A: refused, pool full</source>
        <translation>A：被拒绝，连接池已满</translation>
    </message>
    <message>
        <source>B: EADDRNOTAVAIL (no free port)</source>
        <translation>B：EADDRNOTAVAIL（没有空闲端口）</translation>
    </message>
    <message>
        <source>B: refused, pool full</source>
        <translation>B：被拒绝，连接池已满</translation>
    </message>
    <message>
        <source>Steady state against %1</source>
        <translation>稳态随 %1 的变化</translation>
    </message>
    <message>
        <source>sockets (mean over the second half)</source>
        <translation>套接字数（后半段的平均值）</translation>
    </message>
    <message>
        <source>Client TIME_WAIT</source>
        <translation>客户端 TIME_WAIT</translation>
    </message>
    <message>
        <source>Server TIME_WAIT</source>
        <translation>服务器 TIME_WAIT</translation>
    </message>
    <message>
        <source>Server CLOSE_WAIT at end</source>
        <translation>结束时服务器的 CLOSE_WAIT</translation>
    </message>
    <message>
        <source>Failed connects per second</source>
        <translation>每秒连接失败次数</translation>
    </message>
</context>
<context>
    <name>tcplab::ExplorerParamsForm</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>每秒连接数</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>到达方式</translation>
    </message>
    <message>
        <source>First ephemeral port</source>
        <translation>第一个临时端口</translation>
    </message>
    <message>
        <source>Last ephemeral port</source>
        <translation>最后一个临时端口</translation>
    </message>
    <message>
        <source>TIME_WAIT length</source>
        <translation>TIME_WAIT 时长</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
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
        <translation>时间戳</translation>
    </message>
    <message>
        <source>tcp_max_tw_buckets</source>
        <translation>tcp_max_tw_buckets</translation>
    </message>
    <message>
        <source>One-way delay</source>
        <translation>单向时延</translation>
    </message>
    <message>
        <source>Loss probability</source>
        <translation>丢包概率</translation>
    </message>
    <message>
        <source>Who closes first</source>
        <translation>谁先关闭</translation>
    </message>
    <message>
        <source>Leak fraction (never closes)</source>
        <translation>泄漏比例（永不关闭）</translation>
    </message>
    <message>
        <source>Leaking side</source>
        <translation>泄漏的一方</translation>
    </message>
    <message>
        <source>Pool limit (0 = none)</source>
        <translation>连接池上限（0 = 不限）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Sample every</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>恒定速率</translation>
    </message>
    <message>
        <source>Poisson (random)</source>
        <translation>泊松（随机）</translation>
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
        <source>both at once</source>
        <translation>双方同时</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>tcplab::ExplorerTab</name>
    <message>
        <source>Run A</source>
        <translation>运行 A</translation>
    </message>
    <message>
        <source>Run B (compare)</source>
        <translation>运行 B（对比）</translation>
    </message>
    <message>
        <source>Simulate these parameters as run A (stacked areas)</source>
        <translation>用这些参数模拟运行 A（堆叠面积图）</translation>
    </message>
    <message>
        <source>Simulate these parameters as run B, drawn as lines over run A</source>
        <translation>用这些参数模拟运行 B，以折线画在运行 A 之上</translation>
    </message>
    <message>
        <source>Client host</source>
        <translation>客户端主机</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>服务器主机</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>状态分布</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Set the parameters and press Run A.</source>
        <translation>设置好参数后点击“运行 A”。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>变化参数</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Running A…</source>
        <translation>正在运行 A…</translation>
    </message>
    <message>
        <source>Running B…</source>
        <translation>正在运行 B…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1%2: steady state from %3 s — client TIME_WAIT %4 (Little&apos;s law %5), server CLOSE_WAIT %6 at the end, %7 failed connects (EADDRNOTAVAIL); %8 core events.</source>
        <translation>%1%2：从 %3 秒起进入稳态 — 客户端 TIME_WAIT %4（利特尔定律 %5），结束时服务器 CLOSE_WAIT %6，连接失败 %7 次（EADDRNOTAVAIL）；核心事件 %8 个。</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Sweep not started: %1</source>
        <translation>扫描未开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %1 over %n point(s) on all cores…</source>
        <translation>
            <numerusform>正在所有 CPU 核心上对 %1 扫描 %n 个取值点…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Sweep of %1: %n point(s), each the mean over the second half of its run.</source>
        <translation>
            <numerusform>%1 的扫描：%n 个取值点，每个点取其运行后半段的平均值。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The sweep point %1 = %2</source>
        <translation>扫描点 %1 = %2</translation>
    </message>
    <message>
        <source>Run budget reached</source>
        <translation>已达到运行预算</translation>
    </message>
    <message>
        <source>%1 stopped at its budget %2 = %3 at t = %4 s of virtual time; what ran so far is shown.

A larger sample interval (sample_ms) or a shorter duration (duration_ms) stays within it; tcplab-cli explore --budget %2=N raises it.</source>
        <translation>%1 在虚拟时间 t = %4 秒时达到预算 %2 = %3 并停止；显示的是到此为止已运行的部分。

更大的采样间隔（sample_ms）或更短的时长（duration_ms）可以留在预算之内；tcplab-cli explore --budget %2=N 可以提高预算。</translation>
    </message>
    <message>
        <source>Run not started: expected %1</source>
        <translation>运行未开始：应为 %1</translation>
    </message>
    <message>
        <source>Explorer run failed</source>
        <translation>探索运行失败</translation>
    </message>
    <message>
        <source>The run stopped without a result (the machine ran out of memory?). Try a larger sample interval or a shorter duration.</source>
        <translation>运行停止且没有结果（机器内存不足？）。请尝试更大的采样间隔或更短的时长。</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
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
        <source>The %1&apos;s segment #%2 of kind %3 will be: %4. The rule applies from the start of the run.</source>
        <translation>%1 的第 %2 个 %3 类型报文段将被：%4。该规则从运行开始时生效。</translation>
    </message>
</context>
<context>
    <name>tcplab::HelpWindow</name>
    <message>
        <source>Open this scenario</source>
        <translation>打开此场景</translation>
    </message>
    <message>
        <source>Search the help (Enter: next match, Shift+Enter: previous)</source>
        <translation>搜索帮助（Enter：下一个匹配，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
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
    <message>
        <source>other addresses</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <source>the two runs differ from here (%1)</source>
        <translation>两次运行从这里开始不同（%1）</translation>
    </message>
    <message>
        <source>STRAY ACCEPTED</source>
        <translation>迷途报文段被接受</translation>
    </message>
    <message>
        <source>stray rejected</source>
        <translation>迷途报文段被拒绝</translation>
    </message>
    <message>
        <source>expired (older than MSL)</source>
        <translation>过期（超过 MSL）</translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation>空闲 %1</translation>
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
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
        <source>Duplicated: the rule is kept for &quot;save as scenario&quot;.</source>
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
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Double-click an event (or press Enter) to jump the timeline there</source>
        <translation>双击某个事件（或按 Enter）可将时间轴跳转到该处</translation>
    </message>
    <message>
        <source>Application buttons</source>
        <translation>应用程序按钮</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Compare with the counterpart lesson</source>
        <translation>与对应课程对比</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>与 %1 对比</translation>
    </message>
    <message>
        <source>A copy made by the network cannot be changed; change its original instead</source>
        <translation>网络复制出的副本无法修改；请改为修改它的原报文段</translation>
    </message>
    <message>
        <source>This scenario names no counterpart to compare with; try &quot;Compare with these parameters&quot; in the Parameters dock.</source>
        <translation>此场景没有指定可供对比的对应课程；请尝试“参数”面板中的“按这些参数对比”。</translation>
    </message>
    <message>
        <source>Cannot open the counterpart</source>
        <translation>无法打开对应课程</translation>
    </message>
    <message>
        <source>Export the ladder as text (Mermaid, PlantUML)…</source>
        <translation>把时序图导出为文本（Mermaid、PlantUML）…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export the ladder as text</source>
        <translation>把时序图导出为文本</translation>
    </message>
    <message>
        <source>Mermaid sequence diagram (*.mmd *.md);;PlantUML (*.puml)</source>
        <translation>Mermaid 时序图 (*.mmd *.md);;PlantUML (*.puml)</translation>
    </message>
    <message>
        <source>Exported %1 (up to now: %2)</source>
        <translation>已导出 %1（截至 %2）</translation>
    </message>
    <message>
        <source>Opened %1: press Space (Play) to start.</source>
        <translation>已打开 %1：按空格键（播放）开始。</translation>
    </message>
    <message>
        <source>Open the default scenario (lesson 01)</source>
        <translation>打开默认场景（第 01 课）</translation>
    </message>
    <message>
        <source>Reopened the scenario of last time, %1. File → Open the default scenario goes back to lesson 01.</source>
        <translation>已重新打开上次的场景 %1。“文件 → 打开默认场景”可回到第 01 课。</translation>
    </message>
    <message>
        <source>Run budget reached</source>
        <translation>已达到运行预算</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <source>Open &amp;capture (pcap, pcapng)…</source>
        <translation>打开抓包(&amp;C)（pcap、pcapng）…</translation>
    </message>
    <message>
        <source>Export the run as a capture (pcap)…</source>
        <translation>把运行导出为抓包（pcap）…</translation>
    </message>
    <message>
        <source>Cannot open the capture</source>
        <translation>无法打开抓包</translation>
    </message>
    <message>
        <source>%1: there is no connection %2; the capture has %3 (numbered from 1)</source>
        <translation>%1：没有第 %2 个连接；该抓包共有 %3 个（从 1 开始编号）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n segment(s). Seen at the %3; the %4&apos;s state is inferred, and the one-way delay (%5) is half the shortest round trip the capture shows.</source>
        <translation>
            <numerusform>%1：%2，%n 个报文段。在%3处看到；%4的状态为推断，单向时延（%5）取抓包中最短往返时间的一半。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1: %n packet(s) as the %2 sees them.</source>
        <translation>
            <numerusform>已导出 %1：%n 个数据包，即%2所看到的。</numerusform>
        </translation>
    </message>
    <message>
        <source>virtual time %1 · speed %2× · %3 · capture seen at the %4 · one-way delay %5 (measured)</source>
        <translation>虚拟时间 %1 · 速度 %2× · %3 · 抓包于%4处 · 单向时延 %5（测得）</translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>抓包 (*.pcap *.pcapng *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the run as a capture</source>
        <translation>把运行导出为抓包</translation>
    </message>
    <message>
        <source>Captures (*.pcap)</source>
        <translation>抓包 (*.pcap)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Transition map…</source>
        <translation>状态转换地图…</translation>
    </message>
    <message>
        <source>Mission panel in full</source>
        <translation>完整的任务面板</translation>
    </message>
</context>
<context>
    <name>tcplab::MissionPanel</name>
    <message>
        <source>The goal, rule by rule (the file&apos;s &quot;expect&quot;):</source>
        <translation>目标，逐条规则（文件中的 &quot;expect&quot;）：</translation>
    </message>
    <message>
        <source>One solution changes:</source>
        <translation>一种解法修改了：</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>You may change:</source>
        <translation>你可以修改：</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Goal met ✓</source>
        <translation>目标达成 ✓</translation>
    </message>
    <message>
        <source>Goal not met.</source>
        <translation>目标未达成。</translation>
    </message>
    <message>
        <source>Goal not met: %1</source>
        <translation>目标未达成：%1</translation>
    </message>
    <message>
        <source>Not yet: every rule holds so far; the run is not over.</source>
        <translation>尚未完成：目前每条规则都成立；运行还没有结束。</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>尚未完成：%1</translation>
    </message>
    <message>
        <source>⚠ This run changes %1, which the mission does not allow: it does not count.</source>
        <translation>⚠ 这次运行修改了 %1，而任务不允许修改它：本次不算数。</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>显示提示</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>下一条提示</translation>
    </message>
    <message>
        <source>Hint %1 of %2:</source>
        <translation>提示 %1/%2：</translation>
    </message>
    <message>
        <source>Why it cannot be done:</source>
        <translation>为什么做不到：</translation>
    </message>
    <message>
        <source>Why it works:</source>
        <translation>为什么可行：</translation>
    </message>
    <message>
        <source>The explanation:</source>
        <translation>解释：</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Show the explanation (and, if there is one, what a solution changes)</source>
        <translation>显示解释（如果有解法，也显示它修改了什么）</translation>
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
    <message>
        <source>MSL in steps from %1 to %2; type any other value into msl_ms below.</source>
        <translation>MSL 按档位从 %1 调到 %2；其他取值请在下方的 msl_ms 中输入。</translation>
    </message>
    <message>
        <source>Compare with these parameters</source>
        <translation>按这些参数对比</translation>
    </message>
    <message>
        <source>Show the run on screen and the same scenario with these values side by side, under one clock</source>
        <translation>将屏幕上的运行与采用这些参数值的同一场景并排显示，共用一个时钟</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>切换配置</translation>
    </message>
    <message>
        <source>Switch to the %1 profile?</source>
        <translation>切换到 %1 配置？</translation>
    </message>
    <message>
        <source>Values that differ from the %1 profile: %2.</source>
        <translation>与 %1 配置不同的值：%2。</translation>
    </message>
    <message>
        <source>Keep my edited values</source>
        <translation>保留我修改的值</translation>
    </message>
    <message>
        <source>Use the profile&apos;s values</source>
        <translation>使用配置中的值</translation>
    </message>
    <message>
        <source>MSL %1 → TIME_WAIT %2 (2×MSL)</source>
        <translation>MSL %1 → TIME_WAIT %2（2×MSL）</translation>
    </message>
    <message>
        <source>MSL %1 → TIME_WAIT %2 (fixed by the %3 profile, whatever MSL is)</source>
        <translation>MSL %1 → TIME_WAIT %2（由 %3 配置固定，与 MSL 无关）</translation>
    </message>
    <message>
        <source>MSL %1 → TIME_WAIT %2 (fixed by time_wait_ms)</source>
        <translation>MSL %1 → TIME_WAIT %2（由 time_wait_ms 固定）</translation>
    </message>
    <message>
        <source>⚠ MSL %1 is shorter than the one-way delay %2: every segment expires in the network before it arrives.</source>
        <translation>⚠ MSL %1 比单向时延 %2 还短：每个报文段都会在到达之前就在网络中过期。</translation>
    </message>
    <message>
        <source>The network discards every segment older than MSL. A segment needs the one-way delay (%1) to cross, longer than MSL (%2), so none can ever arrive: not even the first SYN.</source>
        <translation>网络会丢弃所有存活时间超过 MSL 的报文段。报文段穿越网络需要单向时延（%1），比 MSL（%2）还长，因此没有任何报文段能够到达：连第一个 SYN 也不能。</translation>
    </message>
    <message>
        <source>🔒 A mission is open: the values it does not let you change are locked.</source>
        <translation>🔒 已打开一个任务：任务不允许修改的值已被锁定。</translation>
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
    <name>tcplab::QuestionDirector</name>
    <message>
        <source>Ask questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Stop at each question of the lesson and wait for an answer (off: a plain demonstration)</source>
        <translation>在课程的每个问题处暂停并等待回答（关闭：单纯演示）</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>答对 %1 / %2</translation>
    </message>
    <message>
        <source>Questions: %1 · best %2 of %3</source>
        <translation>问题：%1 · 最好 %2 / %3</translation>
    </message>
</context>
<context>
    <name>tcplab::QuestionPanel</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>问题 %1 / %2</translation>
    </message>
    <message>
        <source>✓ Right!</source>
        <translation>✓ 答对了！</translation>
    </message>
    <message>
        <source>✗ Not quite: the answer is %1.</source>
        <translation>✗ 不对：正确答案是 %1。</translation>
    </message>
    <message>
        <source>Continue ▶ (Space)</source>
        <translation>继续 ▶（空格）</translation>
    </message>
</context>
<context>
    <name>tcplab::RecentFiles</name>
    <message>
        <source>&amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>抓包</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2（%3）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>tcplab::RunProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop here (Esc): the run stays where it got to</source>
        <translation>停在这里（Esc）：运行停在已到达的位置</translation>
    </message>
    <message>
        <source>Running to t = %1…</source>
        <translation>正在运行到 t = %1…</translation>
    </message>
    <message>
        <source>Finding the run&apos;s events…</source>
        <translation>正在查找这次运行的事件…</translation>
    </message>
    <message>
        <source>Opening the capture %1…</source>
        <translation>正在打开抓包文件 %1…</translation>
    </message>
    <message>
        <source>Stop opening it (Esc): the run on screen stays as it is</source>
        <translation>停止打开（Esc）：屏幕上的运行保持原样</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioLibrary</name>
    <message>
        <source>Open this scenario</source>
        <translation>打开此场景</translation>
    </message>
    <message numerus="yes">
        <source>Lesson %1 · %n variants</source>
        <comment>a heading in the scenario list</comment>
        <translation>
            <numerusform>第 %1 课 · %n 个变体</numerusform>
        </translation>
    </message>
    <message>
        <source>Missions</source>
        <comment>the heading of the missions in the scenario list</comment>
        <translation>任务</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>A mission gives a goal and what you may change: change it until the goal is met. The Mission panel checks the goal while the run plays, gives hints one at a time and explains.</source>
        <translation>任务给出一个目标以及你可以修改的内容：不断修改，直到目标达成。任务面板在运行播放时检查目标，逐条给出提示，并给出解释。</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
</context>
<context>
    <name>tcplab::SimulationController</name>
    <message>
        <source>This segment cannot be changed any more (it is a network copy, already doomed, or gone).</source>
        <translation>此报文段已无法修改（它是网络副本、已注定丢失或已不存在）。</translation>
    </message>
    <message>
        <source>The run stopped at t = %1 s of virtual time: it reached its budget %2 = %3. What ran so far is shown; tcplab-cli run --budget %2=N runs it further.</source>
        <translation>运行在虚拟时间 t = %1 秒时停止：已达到预算 %2 = %3。显示的是到此为止已运行的部分；用 tcplab-cli run --budget %2=N 可以继续运行。</translation>
    </message>
    <message>
        <source>This is a capture: it shows what happened and cannot be changed. Open a scenario to try actions and faults.</source>
        <translation>这是一个抓包：它显示已经发生的事情，无法修改。要尝试动作和故障，请打开一个场景。</translation>
    </message>
    <message>
        <source>Cancelled: the timeline shows the events found up to t = %1 s.</source>
        <translation>已取消：时间轴显示截至 t = %1 秒找到的事件。</translation>
    </message>
    <message>
        <source>Cancelled at t = %1 s: the run shows what ran up to there (it was going to t = %2 s).</source>
        <translation>已在 t = %1 秒取消：显示运行到此为止的内容（原本要运行到 t = %2 秒）。</translation>
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
    <message>
        <source>⚠ A segment of an older connection was ACCEPTED by this one</source>
        <translation>⚠ 本连接接受了一个旧连接的报文段</translation>
    </message>
    <message>
        <source>⚠ A segment of an older connection was ACCEPTED: «%1»</source>
        <translation>⚠ 接受了一个旧连接的报文段：«%1»</translation>
    </message>
    <message>
        <source>A segment of an older connection arrived and was rejected</source>
        <translation>一个旧连接的报文段到达并被拒绝</translation>
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
    <message numerus="yes">
        <source>+%n more timer(s)</source>
        <translation>
            <numerusform>+%n 个其他定时器</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcplab::TransitionMapDialog</name>
    <message>
        <source>reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>crash</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Transition map</source>
        <translation>状态转换地图</translation>
    </message>
    <message>
        <source>Transitions the figure does not draw: resets, timeouts giving up, aborts, crashes and extensions</source>
        <translation>图中没有画出的转换：重置、放弃重传的超时、中止、崩溃和扩展</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已见</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Open the lesson</source>
        <translation>打开这一课</translation>
    </message>
    <message>
        <source>Forget what I have seen…</source>
        <translation>忘记我见过的…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>RFC 9293, Figure 5 — ✓ seen, dashed: not yet. Click an arrow to find a lesson that walks it.</source>
        <translation>RFC 9293 图 5 —— ✓ 已见，虚线：尚未见过。点击箭头，找到走过它的一课。</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>已见</translation>
    </message>
    <message>
        <source>not yet seen</source>
        <translation>尚未见过</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>Pick a dashed arrow of the figure or a row of the list: a lesson that walks it is offered.</source>
        <translation>选择图中的一条虚线箭头或列表中的一行：会推荐一节走过它的课。</translation>
    </message>
    <message>
        <source>lesson %1 — %2</source>
        <translation>第 %1 课 —— %2</translation>
    </message>
    <message>
        <source>%1: no built-in lesson walks it; try it by hand.</source>
        <translation>%1：没有内置课程走过它；请手动尝试。</translation>
    </message>
    <message>
        <source>%1: seen. Walk it again in %2</source>
        <translation>%1：已见。再走一次：%2</translation>
    </message>
    <message>
        <source>%1: not yet seen. Walk it in %2</source>
        <translation>%1：尚未见过。走过它的课：%2</translation>
    </message>
    <message>
        <source>Forget what I have seen</source>
        <translation>忘记我见过的</translation>
    </message>
    <message>
        <source>Forget every transition seen so far? The map starts again from nothing.</source>
        <translation>忘记到目前为止见过的所有转换？地图将从零开始。</translation>
    </message>
</context>
<context>
    <name>tcplab::TransitionMapStore</name>
    <message>
        <source>%1 of %2 figure edges · %3 of %4 resets and timeouts</source>
        <translation>图中箭头 %1 / %2 · 重置与超时 %3 / %4</translation>
    </message>
</context>
</TS>
