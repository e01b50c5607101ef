// An enum implementing Comparable<E> sorts with its compareTo.
enum Priority implements Comparable<Priority> {
  low(1),
  urgent(9),
  medium(5);

  const Priority(this.rank);
  final int rank;

  @override
  int compareTo(Priority other) => rank - other.rank;
}

void main() {
  var list = [Priority.urgent, Priority.low, Priority.medium];
  list.sort();
  print(list);
  // expect: [Priority.low, Priority.medium, Priority.urgent]
}
