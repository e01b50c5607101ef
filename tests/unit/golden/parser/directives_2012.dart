// The 2012 directive syntax of the first isolate guide.
#library('ping_pong');
#import('dart:isolate');
#import('helpers.dart', prefix: 'h');
#source('more.dart');

echo() {
  port.receive((msg, reply) {
    reply.send('echo $msg');
  });
}

main() {
  new Timer(0, (t) => print('tick'));
}
