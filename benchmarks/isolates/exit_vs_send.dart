// Isolate.exit against SendPort.send for a large object graph of about 100 MB: 100 lists of
// 32,768 Node objects with two int fields (3.3 million objects of 3 words, plus a list slot
// each, printed as graph_mb; RSS growth is no measure of it, as the heap collects while the
// graph grows). Each measurement is in a fresh isolate that builds the graph:
//   check: Isolate.exit of the graph whose very last Node holds a ReceivePort in its second
//     field. The exit fails with ArgumentError when its sendability check reaches that port;
//     the check walks breadth first and that field is the last slot it scans, so the failed
//     exit has done the whole walk a successful one does. The time to the ArgumentError is the
//     check's time (the second of two such checks, so that both it and the exit's check run on
//     warm memory).
//   exit: then, in the same isolate, the port is replaced by a Node and the graph sent with
//     Isolate.exit; the time from just before the call to the arrival in the main isolate.
//   send: SendPort.send of the graph, from just before the call to the arrival.
// check and exit are taken [rounds] times (default 5) and exit_beyond_check_ms is the median of
// exit - check over the rounds. Twin: exit_vs_send.js (send only: Node has no Isolate.exit).
// Usage: vm exit_vs_send.dart [rounds]
import 'dart:isolate';

const int kLists = 100;
const int kPerList = 32768;

class Node {
  final int a;
  final Object b;  // An int, but for the check's ReceivePort.
  Node(this.a, this.b);
}

// Different isolates share no Stopwatch; DateTime's microseconds are the clock all of them read.
int nowMicros() => DateTime.now().microsecondsSinceEpoch;

List<List<Object>> buildGraph() {
  return List<List<Object>>.generate(
      kLists, (i) => List<Object>.generate(kPerList, (j) => Node(i, j)));
}

void checkThenExit(SendPort reply) {
  var graph = buildGraph();
  var unsendable = ReceivePort();
  graph[kLists - 1][kPerList - 1] = Node(0, unsendable);
  // Twice, and only the second is reported: the first check's work lists take fresh memory
  // from the C++ heap (page faults), which the exit's check below reuses.
  for (var i = 0; i < 2; i++) {
    var started = nowMicros();
    try {
      Isolate.exit(reply, graph);
    } on ArgumentError {
      if (i == 1) reply.send(['check', nowMicros() - started]);
    }
  }
  // The open port would keep this isolate alive if the exit below failed.
  unsendable.close();
  graph[kLists - 1][kPerList - 1] = Node(0, 0);
  reply.send(['stamp', nowMicros()]);
  Isolate.exit(reply, graph);
}

void sendGraph(SendPort reply) {
  var graph = buildGraph();
  reply.send(['stamp', nowMicros()]);
  reply.send(graph);
}

String ms(num micros) => (micros / 1000).toStringAsFixed(2);

int median(List<int> values) => (values.toList()..sort())[values.length ~/ 2];

void main(List<String> args) {
  var rounds = args.isEmpty ? 5 : int.parse(args[0]);
  var checks = <int>[];
  var exits = <int>[];
  var sendMicros = 0;
  var stamp = 0;
  late RawReceivePort port;
  void next() {
    if (exits.length < rounds) {
      Isolate.spawn(checkThenExit, port.sendPort);
    } else if (sendMicros == 0) {
      Isolate.spawn(sendGraph, port.sendPort);
    } else {
      port.close();
      var beyond = [for (var i = 0; i < rounds; i++) exits[i] - checks[i]];
      var graphMb = kLists * kPerList * 4 * 8 ~/ (1024 * 1024);
      print('result: graph_mb=$graphMb rounds=$rounds check_ms=${ms(median(checks))} '
          'exit_ms=${ms(median(exits))} exit_beyond_check_ms=${ms(median(beyond))} '
          'send_ms=${ms(sendMicros)}');
    }
  }

  port = RawReceivePort((message) {
    var arrived = nowMicros();
    if (message is List && message.length == 2 && message[0] is String) {
      if (message[0] == 'stamp') {
        stamp = message[1] as int;
      } else {  // 'check'
        checks.add(message[1] as int);
      }
      return;
    }
    var graph = message as List;
    if (graph.length != kLists || (graph[kLists - 1] as List).length != kPerList) {
      throw StateError('graph arrived damaged');
    }
    if (exits.length < rounds) {
      exits.add(arrived - stamp);
    } else {
      sendMicros = arrived - stamp;
    }
    next();
  });
  next();
}
