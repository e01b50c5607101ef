var counter = 0;
final start = DateTimeLike.now();
int _hidden = 5;
int get hidden => _hidden;
set hidden(int v) {
  _hidden = v;
}

class DateTimeLike {
  static DateTimeLike now() => DateTimeLike();
}

void main() {
  counter++;
  hidden = counter + hidden;
  print(hidden);
  print(start);
}
