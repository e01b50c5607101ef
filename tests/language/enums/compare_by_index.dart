// Enum.compareByIndex and Enum.compareByName as sort comparators.
enum Day { tue, mon, wed }

void main() {
  var days = [Day.wed, Day.tue, Day.mon];
  days.sort(Enum.compareByIndex);
  print(days);
  days.sort(Enum.compareByName);
  print(days);
  // expect: [Day.tue, Day.mon, Day.wed]
  // expect: [Day.mon, Day.tue, Day.wed]
}
