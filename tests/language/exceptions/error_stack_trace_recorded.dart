// An Error remembers the stack trace of its first throw (Error.stackTrace): for user Error
// subclasses and the VM's own errors, kept on rethrow and across an isolate.
import 'dart:isolate';

class ParseError extends Error {
  final String input;
  ParseError(this.input);
  String toString() => 'ParseError($input)';
}

void parse(String s) => throw ParseError(s);

Future<void> main() async {
  final fresh = ParseError('x');
  print(fresh.stackTrace); // expect: null
  try {
    parse('abc');
  } catch (e, st) {
    final trace = (e as Error).stackTrace;
    print(trace != null && trace.toString().contains('parse')); // expect: true
    print(trace.toString() == st.toString()); // expect: true
  }
  StackTrace? first;
  try {
    try {
      parse('again');
    } catch (e) {
      first = (e as Error).stackTrace;
      rethrow;
    }
  } catch (e) {
    print(identical((e as Error).stackTrace, first)); // expect: true
  }
  try {
    [1][3];
  } on RangeError catch (e) {
    print(e.stackTrace != null); // expect: true
  }
  try {
    await Isolate.run(() => parse('remote'));
  } on ParseError catch (e) {
    print(e.stackTrace.toString().contains('parse')); // expect: true
  }
}
