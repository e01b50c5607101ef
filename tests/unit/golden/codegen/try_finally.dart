int f(int x) {
  try {
    if (x > 0) return x;
  } finally {
    print('cleanup');
  }
  return 0;
}

void main() {
  for (var i = 0; i < 3; i++) {
    try {
      if (i == 1) continue;
      if (i == 2) break;
    } finally {
      print(i);
    }
  }
  print(f(1));
}
