// An exception thrown by a microtask is an unhandled error; later microtasks do not run.
import 'dart:async';

void main() {
  scheduleMicrotask(() => throw FormatException('in microtask'));
  scheduleMicrotask(() => print('not reached'));
}
// expect runtime error: FormatException: in microtask
