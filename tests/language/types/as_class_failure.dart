// Checks a failed downcast between user classes and its message.
class Animal {}

class Dog extends Animal {}

class Cat extends Animal {}

void main() {
  Animal a = Cat();
  try {
    Dog d = a as Dog;
    print(d);
  } on TypeError catch (e) {
    print(e); // expect: type 'Cat' is not a subtype of type 'Dog' in type cast
  }
}
