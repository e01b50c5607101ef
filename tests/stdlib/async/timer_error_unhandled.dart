// An exception thrown by a timer callback is an unhandled error.
import 'dart:async';

void main() {
  Timer(Duration(milliseconds: 1), () {
    throw UnsupportedError('in timer');
  });
}
// expect runtime error: Unsupported operation: in timer
