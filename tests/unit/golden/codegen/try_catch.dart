class MyError extends Error {}

void main() {
  try {
    throw MyError();
  } on MyError catch (e) {
    print('mine $e');
  } on StateError {
    print('state');
  } catch (e, st) {
    print(st);
    rethrow;
  }
}
