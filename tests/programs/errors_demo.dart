// Error handling tour: built-in error messages, custom exceptions, rethrow, finally ordering, stack traces, assert, and an uncaught error at the end.
class ValidationException implements Exception {
  final String field;
  final String problem;
  const ValidationException(this.field, this.problem);
  @override
  String toString() => 'ValidationException($field): $problem';
}

class User {
  final String name;
  final int age;
  User(this.name, this.age) {
    if (name.isEmpty) throw const ValidationException('name', 'must not be empty');
    if (age < 0 || age > 150) throw ValidationException('age', 'out of range: $age');
  }
}

final log = <String>[];

int withCleanup(int Function() body) {
  try {
    log.add('try');
    return body();
  } catch (e) {
    log.add('catch ${e.runtimeType}');
    rethrow;
  } finally {
    log.add('finally');
  }
}

String describe(Object e) => switch (e) {
      RangeError(:final message) => 'RangeError[$message]',
      ArgumentError(:final name) => 'ArgumentError[$name]',
      FormatException(:final offset) => 'FormatException[offset $offset]',
      StateError() || UnsupportedError() => 'state/unsupported',
      Exception() => 'some Exception',
      _ => e.runtimeType.toString(),
    };

void main() {
  final attempts = <void Function()>[
    () => [1, 2, 3][5],
    () => <String, int>{}['x']!,
    () => int.parse('12abc'),
    () => 'abc'.substring(2, 1),
    () => List<int>.empty().first,
    () => [1].single.toString().substring(5),
    () => const [1, 2].add(3),
    () => 10 ~/ 0,
    () => (null as dynamic).length,
    () => ('x' as dynamic) * 'y',
    () => Object() as String,
    () => User('', 3),
    () => User('bob', 200),
    () => throw 'a plain string',
    () => throw 42,
    () => double.parse('1.2.3'),
    () => Uri.parse('http://[bad'),
    () => RangeError.checkValueInInterval(11, 0, 10, 'percent'),
    () => ArgumentError.checkNotNull(null, 'input'),
    () => throw UnimplementedError('later'),
    () => [3, 1].sort((a, b) => throw StateError('no compare')),
    () => {1: 'a'}.map((k, v) => throw Exception('in map')),
    () => throw NoSuchMethodError.withInvocation(Object(), Invocation.method(#foo, [])),
  ];
  for (final (i, attempt) in attempts.indexed) {
    try {
      attempt();
      print('$i: no error');
    } on ValidationException catch (e) {
      print('$i: validation ${e.field}: $e');
    } on Exception catch (e) {
      print('$i: Exception ${describe(e)}: $e');
    } on Error catch (e) {
      print('$i: Error ${describe(e)}: $e');
    } catch (e) {
      print('$i: thrown ${e.runtimeType}: $e');
    }
  }

  try {
    withCleanup(() => throw const FormatException('bad', 'input text', 3));
  } catch (e, st) {
    print('caught again: $e');
    print(st.toString().split('\n').first.contains('main'));
  }
  print(withCleanup(() => 7));
  print(log);

  String order() {
    final steps = <String>[];
    for (var i = 0; i < 3; i++) {
      try {
        if (i == 1) continue;
        steps.add('body$i');
      } finally {
        steps.add('fin$i');
      }
    }
    return steps.join(',');
  }

  print(order());
  try {
    try {
      throw StateError('inner');
    } finally {
      print('inner finally');
    }
  } on StateError catch (e) {
    print('outer caught ${e.message}');
  }
  final err = ArgumentError.value(-1, 'count', 'must be positive');
  print(err.invalidValue);
  print(err.name);
  print(RangeError.index(5, [1, 2], 'idx'));
  print(RangeError.value(3));
  print(IndexError.withLength(4, 2));
  print(const FormatException());
  print(Exception());
  print(Exception('with message'));
  print(StateError('s').message);
  print(ConcurrentModificationError([]));
  final list = [1, 2, 3];
  try {
    for (final x in list) {
      if (x == 2) list.add(4);
    }
  } on ConcurrentModificationError catch (e) {
    print(e);
  }
  print('now failing for real');
  User('eve', -5);
}
// expect runtime error: ValidationException(age): out of range: -5

// expect: 0: Error RangeError[Index out of range]: RangeError (index): Index out of range: index should be less than 3: 5
// expect: 1: Error _TypeError: Null check operator used on a null value
// expect: 2: Exception FormatException[offset 0]: FormatException: Invalid radix-10 number (at character 1)
// expect: 12abc
// expect: ^
// expect: 
// expect: 3: Error RangeError[Invalid value]: RangeError (end): Invalid value: Not in inclusive range 2..3: 1
// expect: 4: Error state/unsupported: Bad state: No element
// expect: 5: Error RangeError[Invalid value]: RangeError (start): Invalid value: Not in inclusive range 0..1: 5
// expect: 6: Error state/unsupported: Unsupported operation: Cannot add to an unmodifiable list
// expect: 7: Exception state/unsupported: IntegerDivisionByZeroException
// expect: 8: Error NoSuchMethodError: NoSuchMethodError: The getter 'length' was called on null.
// expect: Receiver: null
// expect: Tried calling: length
// expect: 9: Error _TypeError: type 'String' is not a subtype of type 'int' of 'times'
// expect: 10: Error _TypeError: type 'Object' is not a subtype of type 'String' in type cast
// expect: 11: validation name: ValidationException(name): must not be empty
// expect: 12: validation age: ValidationException(age): out of range: 200
// expect: 13: thrown String: a plain string
// expect: 14: thrown int: 42
// expect: 15: Exception FormatException[offset null]: FormatException: Invalid double
// expect: 1.2.3
// expect: 16: Exception FormatException[offset 7]: FormatException: Missing end `]` to match `[` in host (at character 8)
// expect: http://[bad
// expect:        ^
// expect: 
// expect: 17: Error RangeError[Invalid value]: RangeError (percent): Invalid value: Not in inclusive range 0..10: 11
// expect: 18: Error ArgumentError[input]: Invalid argument(s) (input): Must not be null
// expect: 19: Error state/unsupported: UnimplementedError: later
// expect: 20: Error state/unsupported: Bad state: no compare
// expect: 21: Exception some Exception: Exception: in map
// expect: 22: Error NoSuchMethodError: NoSuchMethodError: Object has no foo method accepting arguments ()
// expect: caught again: FormatException: bad (at character 4)
// expect: input text
// expect:    ^
// expect: 
// expect: true
// expect: 7
// expect: [try, catch FormatException, finally, try, finally]
// expect: body0,fin0,fin1,body2,fin2
// expect: inner finally
// expect: outer caught inner
// expect: -1
// expect: count
// expect: RangeError (idx): Index out of range: index should be less than 2: 5
// expect: RangeError: Value not in range: 3
// expect: RangeError: Index out of range: index should be less than 2: 4
// expect: FormatException
// expect: Exception
// expect: Exception: with message
// expect: s
// expect: Concurrent modification during iteration: Instance(length:0) of '_GrowableList'.
// expect: Concurrent modification during iteration: Instance(length:4) of '_GrowableList'.
// expect: now failing for real
