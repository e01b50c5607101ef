// Isolate.run rethrowing errors: custom exception toString, Error subclasses, RemoteError with stack, unsendable result
// flags: --deterministic
// flags:
import 'dart:isolate';

class ValidationError extends Error {
  final String field;
  ValidationError(this.field);
  @override
  String toString() => 'ValidationError on $field';
}

class QuotaExceeded implements Exception {
  final int used, limit;
  const QuotaExceeded(this.used, this.limit);
  @override
  String toString() => 'QuotaExceeded: $used/$limit';
}

Future<void> attempt(String label, Future<Object?> Function() f) async {
  try {
    final v = await f();
    print('$label -> $v');
  } on QuotaExceeded catch (e) {
    print('$label quota: $e used=${e.used}');
  } on ValidationError catch (e) {
    print('$label validation: ${e.field} stack? ${e.stackTrace != null}');
  } on RemoteError catch (e) {
    print('$label remote: $e');
  } catch (e, st) {
    print('$label other ${e.runtimeType}: $e; trace? ${st.toString().isNotEmpty}');
  }
}

Future<void> main() async {
  await attempt('quota', () => Isolate.run(() => throw const QuotaExceeded(11, 10)));
  await attempt('validation', () => Isolate.run(() => throw ValidationError('email')));
  await attempt('range', () => Isolate.run(() => [1, 2, 3][5]));
  await attempt('async', () => Isolate.run(() async {
        await null;
        throw UnsupportedError('not yet');
      }));
  await attempt('string', () => Isolate.run(() => throw 'plain string'));
  await attempt('ok', () => Isolate.run(() => {'k': [1, 2]}));
  await attempt('exit', () => Isolate.run(() => Isolate.exit()));
}

// expect: quota quota: QuotaExceeded: 11/10 used=11
// expect: validation validation: email stack? true
// expect: range other IndexError: RangeError (index): Index out of range: index should be less than 3: 5; trace? true
// expect: async other UnsupportedError: Unsupported operation: not yet; trace? true
// expect: string other String: plain string; trace? true
// expect: ok -> {k: [1, 2]}
// expect: exit remote: Computation ended without result
