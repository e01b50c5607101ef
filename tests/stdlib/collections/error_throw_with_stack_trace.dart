// Error.throwWithStackTrace throws the error with the given trace as its stackTrace.
// (The trace a catch clause receives is still the throw site's in Islet.)
void main() {
  var trace = StackTrace.current;
  try {
    Error.throwWithStackTrace(StateError('boom'), trace);
  } catch (e) {
    print(e);
    print(identical((e as Error).stackTrace, trace));
  }
}
// expect: Bad state: boom
// expect: true
