// Checks that nested finally blocks run innermost first when an exception passes through.
void inner() {
  try {
    throw 'deep';
  } finally {
    print('inner finally');
  }
}

void main() {
  try {
    try {
      inner();
    } finally {
      print('middle finally');
    }
  } catch (e) {
    print('caught $e');
  } finally {
    print('outer finally');
  }
  // expect: inner finally
  // expect: middle finally
  // expect: caught deep
  // expect: outer finally
}
