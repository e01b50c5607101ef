// An isolate that receives big messages and keeps none of them gets their memory back even
// though it allocates almost nothing itself: the pages a message brings count as allocation,
// and the collection they make due runs after the event that received it (heap.h,
// CollectIfAdoptionDue). 48 lists of 8 MB arrive one at a time; the process grows by far less
// than their 384 MB (it once kept every one of them).
// flags: --deterministic
// flags:
import 'dart:io';
import 'dart:isolate';

const int kMessages = 48;
const int kLength = 1000000;  // 8 MB of ints.

void sender(SendPort reply) {
  var acks = RawReceivePort();
  var sent = 0;
  void sendNext() {
    reply.send(List<int>.filled(kLength, sent));
    sent++;
  }

  acks.handler = (_) {
    if (sent == kMessages) {
      acks.close();
      return;
    }
    sendNext();
  };
  reply.send(acks.sendPort);
  sendNext();
}

void main() {
  var startRss = 0;
  var maxRss = 0;
  var received = 0;
  var checksum = 0;
  SendPort? acks;
  late RawReceivePort port;
  port = RawReceivePort((message) {
    if (message is SendPort) {
      acks = message;
      startRss = ProcessInfo.currentRss;
      return;
    }
    var list = message as List<int>;
    checksum += list[kLength - 1];
    received++;
    var rss = ProcessInfo.currentRss;
    if (rss > maxRss) maxRss = rss;
    acks!.send(true);
    if (received == kMessages) {
      port.close();
      var grownMb = (maxRss - startRss) ~/ (1024 * 1024);
      print('received $received, checksum $checksum');
      print(grownMb < 200 ? 'memory reused' : 'grew by $grownMb MB');
    }
  });
  Isolate.spawn(sender, port.sendPort);
}
// expect: received 48, checksum 1128
// expect: memory reused
