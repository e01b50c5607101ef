// Checks that an exception unwinds through several calls, skipping the code after each call.
void level3() {
  print('level3');
  throw 'from level3';
}

void level2() {
  level3();
  print('after level3');
}

void level1() {
  level2();
  print('after level2');
}

void main() {
  try {
    level1();
  } catch (e) {
    print('main caught: $e');
  }
  // expect: level3
  // expect: main caught: from level3
}
