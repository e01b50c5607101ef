// A mixin `on A` calls super methods, which go to the class it is applied on.
class Animal {
  String sound() => "...";
}

class Dog extends Animal {
  String sound() => "Woof";
}

mixin Loud on Animal {
  String sound() => super.sound().toUpperCase() + "!";
}

class LoudDog extends Dog with Loud {}

class LoudAnimal extends Animal with Loud {}

void main() {
  print(LoudDog().sound());
  print(LoudAnimal().sound());
  // expect: WOOF!
  // expect: ...!
}
