// Checks super.x constructor parameters, positional and named, forwarded to the superclass.
class Animal {
  final String name;
  final int legs;
  Animal(this.name, {this.legs = 4});
}

class Dog extends Animal {
  final String breed;
  Dog(super.name, this.breed, {super.legs});
}

class Bird extends Animal {
  Bird(super.name) : super(legs: 2);
}

void main() {
  var d = Dog('rex', 'lab');
  print('${d.name} ${d.breed} ${d.legs}'); // expect: rex lab 4
  var d3 = Dog('tripod', 'mutt', legs: 3);
  print(d3.legs); // expect: 3
  var b = Bird('tweety');
  print('${b.name} ${b.legs}'); // expect: tweety 2
}
