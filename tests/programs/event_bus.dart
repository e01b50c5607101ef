// An in-process event bus and repository layer: Type-keyed handler maps with explicit type arguments, abstract generic repositories, interfaces, and streams per event type.
import 'dart:async';

abstract class Entity {
  String get id;
}

class User implements Entity {
  @override
  final String id;
  final String name;
  User(this.id, this.name);
  @override
  String toString() => 'User($id, $name)';
}

class Order implements Entity {
  @override
  final String id;
  final String userId;
  final double total;
  Order(this.id, this.userId, this.total);
  @override
  String toString() => 'Order($id, $userId, ${total.toStringAsFixed(2)})';
}

sealed class DomainEvent {
  const DomainEvent();
}

class UserCreated extends DomainEvent {
  final User user;
  const UserCreated(this.user);
}

class OrderPlaced extends DomainEvent {
  final Order order;
  const OrderPlaced(this.order);
}

class EventBus {
  final _handlers = <Type, List<void Function(Object)>>{};
  final _controller = StreamController<DomainEvent>.broadcast(sync: true);
  final log = <String>[];

  void on<T extends DomainEvent>(void Function(T event) handler) {
    _handlers.putIfAbsent(T, () => []).add((e) => handler(e as T));
  }

  Stream<T> stream<T extends DomainEvent>() => _controller.stream.where((e) => e is T).cast<T>();

  void emit(DomainEvent event) {
    log.add('${event.runtimeType}');
    for (final h in _handlers[event.runtimeType] ?? const []) {
      h(event);
    }
    _controller.add(event);
  }
}

abstract class Repository<T extends Entity> {
  final Map<String, T> _items = {};
  void save(T item) => _items[item.id] = item;
  T? find(String id) => _items[id];
  List<T> all() => List.unmodifiable(_items.values);
  int get count => _items.length;
  List<T> where(bool Function(T) test) => _items.values.where(test).toList();
}

class UserRepository extends Repository<User> {
  User? byName(String name) => where((u) => u.name == name).firstOrNull;
}

class OrderRepository extends Repository<Order> {
  double totalFor(String userId) => where((o) => o.userId == userId).fold(0.0, (s, o) => s + o.total);
}

class Shop {
  final bus = EventBus();
  final users = UserRepository();
  final orders = OrderRepository();
  var _nextOrder = 1;

  Shop() {
    bus.on<UserCreated>((e) => users.save(e.user));
    bus.on<OrderPlaced>((e) => orders.save(e.order));
    bus.on<OrderPlaced>((e) {
      if (e.order.total > 100) bus.log.add('big order ${e.order.id}');
    });
  }

  void register(String id, String name) => bus.emit(UserCreated(User(id, name)));
  void order(String userId, double total) {
    if (users.find(userId) == null) throw StateError('unknown user $userId');
    bus.emit(OrderPlaced(Order('o${_nextOrder++}', userId, total)));
  }
}

Future<void> main() async {
  final shop = Shop();
  final placed = <String>[];
  final sub = shop.bus.stream<OrderPlaced>().listen((e) => placed.add(e.order.id));
  final everything = <String>[];
  shop.bus.stream<DomainEvent>().listen((e) => everything.add(switch (e) {
        UserCreated(:final user) => '+${user.name}',
        OrderPlaced(:final order) => '\$${order.total}',
      }));
  shop.register('u1', 'ann');
  shop.register('u2', 'bob');
  shop.order('u1', 25.5);
  shop.order('u2', 150);
  shop.order('u1', 99.99);
  try {
    shop.order('u9', 1);
  } on StateError catch (e) {
    print(e.message);
  }
  await sub.cancel();
  shop.order('u2', 5);
  print(shop.users.all());
  print(shop.orders.all());
  print(shop.users.byName('bob'));
  print(shop.users.byName('zed'));
  print(shop.orders.totalFor('u1').toStringAsFixed(2));
  print(shop.orders.count);
  print(placed);
  print(everything);
  print(shop.bus.log);
  print(UserCreated == UserCreated);
  print({UserCreated, OrderPlaced, UserCreated}.length);
  print(UserCreated(User('x', 'y')) is DomainEvent);
  final Type t = OrderPlaced;
  print(t);
  print(shop.bus._handlers.keys.toList());
  print(shop.bus._handlers[OrderPlaced]?.length);
  try {
    shop.orders.all().add(Order('x', 'u1', 1));
  } on UnsupportedError catch (e) {
    print(e.message);
  }
}

// expect: unknown user u9
// expect: [User(u1, ann), User(u2, bob)]
// expect: [Order(o1, u1, 25.50), Order(o2, u2, 150.00), Order(o3, u1, 99.99), Order(o4, u2, 5.00)]
// expect: User(u2, bob)
// expect: null
// expect: 125.49
// expect: 4
// expect: [o1, o2, o3]
// expect: [+ann, +bob, $25.5, $150.0, $99.99, $5.0]
// expect: [UserCreated, UserCreated, OrderPlaced, OrderPlaced, big order o2, OrderPlaced, OrderPlaced]
// expect: true
// expect: 2
// expect: true
// expect: OrderPlaced
// expect: [UserCreated, OrderPlaced]
// expect: 2
// expect: Cannot add to an unmodifiable list
