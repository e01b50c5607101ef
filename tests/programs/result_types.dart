// Railway-oriented validation with a sealed generic Result type: pattern matching, generic methods, extension methods on Future, and records for multiple returns.
sealed class Result<T> {
  const Result();
  R fold<R>(R Function(T value) onOk, R Function(String error) onErr) => switch (this) {
        Ok(:final value) => onOk(value),
        Err(:final error) => onErr(error),
      };
  Result<U> map<U>(U Function(T) f) => switch (this) {
        Ok(:final value) => Ok(f(value)),
        Err(:final error) => Err(error),
      };
  Result<U> then<U>(Result<U> Function(T) f) => switch (this) {
        Ok(:final value) => f(value),
        Err(:final error) => Err(error),
      };
  T getOrElse(T fallback) => this is Ok<T> ? (this as Ok<T>).value : fallback;
}

final class Ok<T> extends Result<T> {
  final T value;
  const Ok(this.value);
  @override
  String toString() => 'Ok($value)';
}

final class Err<T> extends Result<T> {
  final String error;
  const Err(this.error);
  @override
  String toString() => 'Err($error)';
}

extension FutureResult<T> on Future<Result<T>> {
  Future<Result<U>> mapAsync<U>(U Function(T) f) async => (await this).map(f);
}

Result<String> nonEmpty(String s) => s.trim().isEmpty ? const Err('empty') : Ok(s.trim());
Result<int> parseAge(String s) {
  final n = int.tryParse(s);
  if (n == null) return Err('not a number: "$s"');
  if (n < 0 || n > 130) return Err('age out of range: $n');
  return Ok(n);
}

Result<String> email(String s) =>
    RegExp(r'^[\w.+-]+@[\w-]+\.[\w.]+$').hasMatch(s) ? Ok(s.toLowerCase()) : Err('bad email: $s');

typedef Person = ({String name, int age, String email});

Result<Person> validate(Map<String, String> form) =>
    nonEmpty(form['name'] ?? '').then((name) => parseAge(form['age'] ?? '').then(
        (age) => email(form['email'] ?? '').map((mail) => (name: name, age: age, email: mail))));

(List<Person>, List<String>) partition(List<Result<Person>> results) {
  final ok = <Person>[], errors = <String>[];
  for (final r in results) {
    switch (r) {
      case Ok(value: final p):
        ok.add(p);
      case Err(:final error):
        errors.add(error);
    }
  }
  return (ok, errors);
}

Future<Result<int>> lookupScore(String name) async {
  await Future<void>.delayed(Duration.zero);
  return name.length > 3 ? Ok(name.length * 10) : Err('unknown $name');
}

Future<void> main() async {
  final forms = [
    {'name': ' Ada ', 'age': '36', 'email': 'Ada@Example.com'},
    {'name': '', 'age': '20', 'email': 'x@y.z'},
    {'name': 'Bob', 'age': 'old', 'email': 'bob@example.com'},
    {'name': 'Cy', 'age': '200', 'email': 'cy@example.com'},
    {'name': 'Di', 'age': '41', 'email': 'not-an-email'},
    {'name': 'Eve', 'age': '29', 'email': 'eve+tag@mail.co.uk'},
  ];
  final results = forms.map(validate).toList();
  results.forEach(print);
  final (people, errors) = partition(results);
  print('${people.length} valid, ${errors.length} invalid');
  print(people.map((p) => '${p.name} <${p.email}>').join(', '));
  print(errors);
  final avgAge = people.map((p) => p.age).reduce((a, b) => a + b) / people.length;
  print(avgAge);
  print(results.first.fold((p) => 'hello ${p.name}', (e) => 'error $e'));
  print(results[1].fold((p) => 'hello ${p.name}', (e) => 'error $e'));
  print(parseAge('12').map((a) => a * 2).getOrElse(-1));
  print(parseAge('x').map((a) => a * 2).getOrElse(-1));
  print(await lookupScore('Alice').mapAsync((s) => s + 1));
  print(await lookupScore('Al').mapAsync((s) => s + 1));
  print(const Ok(1) is Result<int>);
  print(Err<int>('x') is Ok);
  final scores = await Future.wait(people.map((p) => lookupScore(p.name)));
  print(scores);
  final total = scores.whereType<Ok<int>>().map((o) => o.value).fold(0, (a, b) => a + b);
  print(total);
  final byStatus = {
    for (final r in results) r.runtimeType.toString().split('<').first: results.where((x) => x.runtimeType == r.runtimeType).length
  };
  print(byStatus);
}

// expect: Ok((age: 36, email: ada@example.com, name: Ada))
// expect: Err(empty)
// expect: Err(not a number: "old")
// expect: Err(age out of range: 200)
// expect: Err(bad email: not-an-email)
// expect: Ok((age: 29, email: eve+tag@mail.co.uk, name: Eve))
// expect: 2 valid, 4 invalid
// expect: Ada <ada@example.com>, Eve <eve+tag@mail.co.uk>
// expect: [empty, not a number: "old", age out of range: 200, bad email: not-an-email]
// expect: 32.5
// expect: hello Ada
// expect: error empty
// expect: 24
// expect: -1
// expect: Ok(51)
// expect: Err(unknown Al)
// expect: true
// expect: false
// expect: [Err(unknown Ada), Err(unknown Eve)]
// expect: 0
// expect: {Ok: 2, Err: 4}
