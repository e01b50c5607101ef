// Checks a switch over an enum that handles some values and the rest with default.
enum Day { mon, tue, wed, thu, fri, sat, sun }

bool weekend(Day d) {
  switch (d) {
    case Day.sat:
    case Day.sun:
      return true;
    default:
      return false;
  }
}

void main() {
  print(Day.values.where(weekend).toList()); // expect: [Day.sat, Day.sun]
  print(weekend(Day.mon)); // expect: false
}
