// Checks that the first matching on-clause wins, including a supertype listed first.
class AppError implements Exception {
  final String msg;
  AppError(this.msg);
  String toString() => 'AppError: $msg';
}

class DbError extends AppError {
  DbError(String msg) : super(msg);
}

void handle(Object thrown) {
  try {
    throw thrown;
  } on DbError catch (e) {
    print('db: ${e.msg}');
  } on AppError catch (e) {
    print('app: $e');
  } on Exception {
    print('some exception');
  } catch (e) {
    print('anything: $e');
  }
}

void main() {
  handle(DbError('locked')); // expect: db: locked
  handle(AppError('bad')); // expect: app: AppError: bad
  handle(FormatException('x')); // expect: some exception
  handle(true); // expect: anything: true
}
