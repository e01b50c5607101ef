#import('dart:isolate');
// The 2012 guide's import directive, verbatim, followed by an ordinary program.
void main() {
  print(port is ReceivePort);
  port.close();
}
// expect: true
