// Receives a port and sends back collections made with explicit type arguments; they reach the
// other isolate group with their type arguments erased.
import 'dart:isolate';

void main(List<String> args, SendPort port) {
  port.send([
    <String>['a'],
    <String, int>{'k': 1},
    <int>{1},
  ]);
}
