// The class's own members override the mixin's; the mixin's method calls them virtually.
mixin Describe {
  String kind() => "thing";
  String describe() => "a ${kind()}";
}

class Car with Describe {
  String kind() => "car";
}

void main() {
  print(Car().describe());
  // expect: a car
}
