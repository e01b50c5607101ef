// deltablue.dart: the Are We Fast Yet DeltaBlue benchmark in Dart, ported from the suite's
// versions (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java,Lua}), which derive from Mario
// Wolczko's Smalltalk DeltaBlue via SOM (license: his archived java_benchmarking page, linked from
// the suite's files). An incremental constraint solver re-planning chains and projections as
// edit constraints come and go; measures polymorphic calls, closures and allocation.

import 'benchmark.dart';
import 'som.dart';

class DeltaBlue extends Benchmark {
  @override
  bool innerBenchmarkLoop(int innerIterations) {
    Planner.chainTest(innerIterations);
    Planner.projectionTest(innerIterations);
    return true;
  }

  @override
  Object benchmark() {
    throw StateError('DeltaBlue overrides innerBenchmarkLoop; benchmark() is never called');
  }

  @override
  bool verifyResult(Object result) {
    throw StateError('DeltaBlue overrides innerBenchmarkLoop; verifyResult() is never called');
  }
}

/// A symbolic strength, the key of the strength tables (a symbol in Smalltalk).
class Sym implements CustomHash {
  final int _hash;

  const Sym(this._hash);

  @override
  int customHash() => _hash;
}

const Sym symAbsoluteStrongest = Sym(0);
const Sym symRequired = Sym(1);
const Sym symStrongPreferred = Sym(2);
const Sym symPreferred = Sym(3);
const Sym symStrongDefault = Sym(4);
const Sym symDefault = Sym(5);
const Sym symWeakDefault = Sym(6);
const Sym symAbsoluteWeakest = Sym(7);

enum Direction { forward, backward }

class Plan extends Vector<AbstractConstraint> {
  Plan() : super(15);

  void execute() {
    forEach((AbstractConstraint c) {
      c.execute();
    });
  }
}

class Planner {
  int _currentMark = 1;

  int newMark() {
    _currentMark += 1;
    return _currentMark;
  }

  void incrementalAdd(AbstractConstraint c) {
    final mark = newMark();
    var overridden = c.satisfy(mark, this);

    while (overridden != null) {
      overridden = overridden.satisfy(mark, this);
    }
  }

  void incrementalRemove(AbstractConstraint c) {
    final out = c.getOutput();
    c.markUnsatisfied();
    c.removeFromGraph();

    final unsatisfied = removePropagateFrom(out);
    unsatisfied.forEach((AbstractConstraint u) {
      incrementalAdd(u);
    });
  }

  Plan extractPlanFromConstraints(Vector<AbstractConstraint> constraints) {
    final sources = Vector<AbstractConstraint>();

    constraints.forEach((AbstractConstraint c) {
      if (c.isInput() && c.isSatisfied()) {
        sources.append(c);
      }
    });

    return makePlan(sources);
  }

  Plan makePlan(Vector<AbstractConstraint> sources) {
    final mark = newMark();
    final plan = Plan();
    final todo = sources;

    while (!todo.isEmpty()) {
      final c = todo.removeFirst()!;

      if (c.getOutput().mark != mark && c.inputsKnown(mark)) {
        // Not in plan already and eligible for inclusion.
        plan.append(c);
        c.getOutput().mark = mark;
        addConstraintsConsumingTo(c.getOutput(), todo);
      }
    }
    return plan;
  }

  void propagateFrom(Variable v) {
    final todo = Vector<AbstractConstraint>();
    addConstraintsConsumingTo(v, todo);

    while (!todo.isEmpty()) {
      final c = todo.removeFirst()!;
      c.execute();
      addConstraintsConsumingTo(c.getOutput(), todo);
    }
  }

  void addConstraintsConsumingTo(Variable v, Vector<AbstractConstraint> coll) {
    final determiningC = v.determinedBy;

    v.constraints.forEach((AbstractConstraint c) {
      if (c != determiningC && c.isSatisfied()) {
        coll.append(c);
      }
    });
  }

  bool addPropagate(AbstractConstraint c, int mark) {
    final todo = Vector<AbstractConstraint>.withElement(c);

    while (!todo.isEmpty()) {
      final d = todo.removeFirst()!;

      if (d.getOutput().mark == mark) {
        incrementalRemove(c);
        return false;
      }
      d.recalculate();
      addConstraintsConsumingTo(d.getOutput(), todo);
    }
    return true;
  }

  void change(Variable v, int newValue) {
    final editC = EditConstraint(v, symPreferred, this);
    final editV = Vector<AbstractConstraint>.withElement(editC);
    final plan = extractPlanFromConstraints(editV);

    for (var i = 0; i < 10; i++) {
      v.value = newValue;
      plan.execute();
    }
    editC.destroyConstraint(this);
  }

  void constraintsConsuming(Variable v, void Function(AbstractConstraint c) fn) {
    final determiningC = v.determinedBy;
    v.constraints.forEach((AbstractConstraint c) {
      if (c != determiningC && c.isSatisfied()) {
        fn(c);
      }
    });
  }

  Vector<AbstractConstraint> removePropagateFrom(Variable out) {
    final unsatisfied = Vector<AbstractConstraint>();

    out.determinedBy = null;
    out.walkStrength = Strength.absoluteWeakest;
    out.stay = true;

    final todo = Vector<Variable>.withElement(out);

    while (!todo.isEmpty()) {
      final v = todo.removeFirst()!;

      v.constraints.forEach((AbstractConstraint c) {
        if (!c.isSatisfied()) {
          unsatisfied.append(c);
        }
      });

      constraintsConsuming(v, (AbstractConstraint c) {
        c.recalculate();
        todo.append(c.getOutput());
      });
    }

    unsatisfied.sort((AbstractConstraint c1, AbstractConstraint c2) =>
        c1.strength.stronger(c2.strength) ? -1 : 1);
    return unsatisfied;
  }

  static void chainTest(int n) {
    final planner = Planner();
    final vars = List<Variable>.generate(n + 1, (int i) => Variable(), growable: false);

    // Build chain of n equality constraints.
    for (var i = 0; i < n; i++) {
      final v1 = vars[i];
      final v2 = vars[i + 1];
      EqualityConstraint(v1, v2, symRequired, planner);
    }

    StayConstraint(vars[n], symStrongDefault, planner);

    final editC = EditConstraint(vars[0], symPreferred, planner);
    final editV = Vector<AbstractConstraint>.withElement(editC);
    final plan = planner.extractPlanFromConstraints(editV);

    for (var i = 0; i < 100; i++) {
      vars[0].value = i;
      plan.execute();
      if (vars[n].value != i) {
        throw StateError('Chain test failed!');
      }
    }
    editC.destroyConstraint(planner);
  }

  static void projectionTest(int n) {
    final planner = Planner();
    final dests = Vector<Variable>();
    final scale = Variable.withValue(10);
    final offset = Variable.withValue(1000);

    Variable? src;
    Variable? dst;

    for (var i = 1; i <= n; i++) {
      src = Variable.withValue(i);
      dst = Variable.withValue(i);
      dests.append(dst);
      StayConstraint(src, symDefault, planner);
      ScaleConstraint(src, scale, offset, dst, symRequired, planner);
    }

    final lastSrc = src!;
    final lastDst = dst!;

    planner.change(lastSrc, 17);
    if (lastDst.value != 1170) {
      throw StateError('Projection test 1 failed!');
    }

    planner.change(lastDst, 1050);
    if (lastSrc.value != 5) {
      throw StateError('Projection test 2 failed!');
    }

    planner.change(scale, 5);
    for (var i = 0; i < n - 1; ++i) {
      if (dests.at(i)!.value != (i + 1) * 5 + 1000) {
        throw StateError('Projection test 3 failed!');
      }
    }

    planner.change(offset, 2000);
    for (var i = 0; i < n - 1; ++i) {
      if (dests.at(i)!.value != (i + 1) * 5 + 2000) {
        throw StateError('Projection test 4 failed!');
      }
    }
  }
}

class Strength {
  final int arithmeticValue;

  Strength(Sym symbolicValue) : arithmeticValue = _strengthTable.at(symbolicValue)!;

  bool sameAs(Strength s) => arithmeticValue == s.arithmeticValue;

  bool stronger(Strength s) => arithmeticValue < s.arithmeticValue;

  bool weaker(Strength s) => arithmeticValue > s.arithmeticValue;

  Strength strongest(Strength s) => s.stronger(this) ? s : this;

  Strength weakest(Strength s) => s.weaker(this) ? s : this;

  static Strength of(Sym strength) => _strengthConstant.at(strength)!;

  static final IdentityDictionary<Sym, int> _strengthTable = _createStrengthTable();
  static final IdentityDictionary<Sym, Strength> _strengthConstant = _createStrengthConstants();

  static final Strength absoluteWeakest = of(symAbsoluteWeakest);
  static final Strength requiredStrength = of(symRequired);

  static IdentityDictionary<Sym, int> _createStrengthTable() {
    final strengthTable = IdentityDictionary<Sym, int>();
    strengthTable.atPut(symAbsoluteStrongest, -10000);
    strengthTable.atPut(symRequired, -800);
    strengthTable.atPut(symStrongPreferred, -600);
    strengthTable.atPut(symPreferred, -400);
    strengthTable.atPut(symStrongDefault, -200);
    strengthTable.atPut(symDefault, 0);
    strengthTable.atPut(symWeakDefault, 500);
    strengthTable.atPut(symAbsoluteWeakest, 10000);
    return strengthTable;
  }

  static IdentityDictionary<Sym, Strength> _createStrengthConstants() {
    final strengthConstant = IdentityDictionary<Sym, Strength>();
    _strengthTable.getKeys().forEach((Sym key) {
      strengthConstant.atPut(key, Strength(key));
    });
    return strengthConstant;
  }
}

abstract class AbstractConstraint {
  final Strength strength;

  AbstractConstraint(Sym strengthSym) : strength = Strength.of(strengthSym);

  bool isInput() => false;

  bool isSatisfied();

  void addToGraph();

  void removeFromGraph();

  void chooseMethod(int mark);

  void inputsDo(void Function(Variable v) fn);

  bool inputsHasOne(bool Function(Variable v) fn);

  void markUnsatisfied();

  Variable getOutput();

  void recalculate();

  void execute();

  void addConstraint(Planner planner) {
    addToGraph();
    planner.incrementalAdd(this);
  }

  void destroyConstraint(Planner planner) {
    if (isSatisfied()) {
      planner.incrementalRemove(this);
    }
    removeFromGraph();
  }

  bool inputsKnown(int mark) =>
      !inputsHasOne((Variable v) => !(v.mark == mark || v.stay || v.determinedBy == null));

  AbstractConstraint? satisfy(int mark, Planner planner) {
    AbstractConstraint? overridden;
    chooseMethod(mark);

    if (isSatisfied()) {
      // The constraint can be satisfied: mark the inputs to allow cycle detection in
      // addPropagate.
      inputsDo((Variable i) {
        i.mark = mark;
      });

      final out = getOutput();
      overridden = out.determinedBy;
      if (overridden != null) {
        overridden.markUnsatisfied();
      }
      out.determinedBy = this;
      if (!planner.addPropagate(this, mark)) {
        throw StateError('Cycle encountered');
      }
      out.mark = mark;
    } else {
      overridden = null;
      if (strength.sameAs(Strength.requiredStrength)) {
        throw StateError('Could not satisfy a required constraint');
      }
    }
    return overridden;
  }
}

abstract class BinaryConstraint extends AbstractConstraint {
  final Variable v1;
  final Variable v2;
  Direction? direction;

  BinaryConstraint(this.v1, this.v2, Sym strength) : super(strength);

  @override
  bool isSatisfied() => direction != null;

  @override
  void addToGraph() {
    v1.addConstraint(this);
    v2.addConstraint(this);
    direction = null;
  }

  @override
  void removeFromGraph() {
    v1.removeConstraint(this);
    v2.removeConstraint(this);
    direction = null;
  }

  @override
  void chooseMethod(int mark) {
    if (v1.mark == mark) {
      if (v2.mark != mark && strength.stronger(v2.walkStrength)) {
        direction = Direction.forward;
      } else {
        direction = null;
      }
      return;
    }

    if (v2.mark == mark) {
      if (v1.mark != mark && strength.stronger(v1.walkStrength)) {
        direction = Direction.backward;
      } else {
        direction = null;
      }
      return;
    }

    // If we get here, neither variable is marked, so we have a choice.
    if (v1.walkStrength.weaker(v2.walkStrength)) {
      if (strength.stronger(v1.walkStrength)) {
        direction = Direction.backward;
      } else {
        direction = null;
      }
    } else {
      if (strength.stronger(v2.walkStrength)) {
        direction = Direction.forward;
      } else {
        direction = null;
      }
    }
  }

  @override
  void inputsDo(void Function(Variable v) fn) {
    if (direction == Direction.forward) {
      fn(v1);
    } else {
      fn(v2);
    }
  }

  @override
  bool inputsHasOne(bool Function(Variable v) fn) {
    if (direction == Direction.forward) {
      return fn(v1);
    } else {
      return fn(v2);
    }
  }

  @override
  void markUnsatisfied() {
    direction = null;
  }

  @override
  Variable getOutput() => direction == Direction.forward ? v2 : v1;

  @override
  void recalculate() {
    Variable ihn;
    Variable out;

    if (direction == Direction.forward) {
      ihn = v1;
      out = v2;
    } else {
      ihn = v2;
      out = v1;
    }

    out.walkStrength = strength.weakest(ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) {
      execute();
    }
  }
}

abstract class UnaryConstraint extends AbstractConstraint {
  final Variable output;
  bool satisfied = false;

  UnaryConstraint(this.output, Sym strength, Planner planner) : super(strength) {
    addConstraint(planner);
  }

  @override
  bool isSatisfied() => satisfied;

  @override
  void addToGraph() {
    output.addConstraint(this);
    satisfied = false;
  }

  @override
  void removeFromGraph() {
    output.removeConstraint(this);
    satisfied = false;
  }

  @override
  void chooseMethod(int mark) {
    satisfied = output.mark != mark && strength.stronger(output.walkStrength);
  }

  @override
  void inputsDo(void Function(Variable v) fn) {
    // I have no input variables.
  }

  @override
  bool inputsHasOne(bool Function(Variable v) fn) => false;

  @override
  void markUnsatisfied() {
    satisfied = false;
  }

  @override
  Variable getOutput() => output;

  @override
  void recalculate() {
    output.walkStrength = strength;
    output.stay = !isInput();
    if (output.stay) {
      execute(); // Stay optimization.
    }
  }
}

class EditConstraint extends UnaryConstraint {
  EditConstraint(Variable v, Sym strength, Planner planner) : super(v, strength, planner);

  @override
  bool isInput() => true;

  @override
  void execute() {
    // Edit constraints do nothing.
  }
}

class EqualityConstraint extends BinaryConstraint {
  EqualityConstraint(Variable var1, Variable var2, Sym strength, Planner planner)
      : super(var1, var2, strength) {
    addConstraint(planner);
  }

  @override
  void execute() {
    if (direction == Direction.forward) {
      v2.value = v1.value;
    } else {
      v1.value = v2.value;
    }
  }
}

class ScaleConstraint extends BinaryConstraint {
  final Variable _scale;
  final Variable _offset;

  ScaleConstraint(Variable src, this._scale, this._offset, Variable dest, Sym strength,
      Planner planner)
      : super(src, dest, strength) {
    addConstraint(planner);
  }

  @override
  void addToGraph() {
    v1.addConstraint(this);
    v2.addConstraint(this);
    _scale.addConstraint(this);
    _offset.addConstraint(this);
    direction = null;
  }

  @override
  void removeFromGraph() {
    v1.removeConstraint(this);
    v2.removeConstraint(this);
    _scale.removeConstraint(this);
    _offset.removeConstraint(this);
    direction = null;
  }

  @override
  void execute() {
    if (direction == Direction.forward) {
      v2.value = v1.value * _scale.value + _offset.value;
    } else {
      v1.value = (v2.value - _offset.value) ~/ _scale.value;
    }
  }

  @override
  void inputsDo(void Function(Variable v) fn) {
    if (direction == Direction.forward) {
      fn(v1);
      fn(_scale);
      fn(_offset);
    } else {
      fn(v2);
      fn(_scale);
      fn(_offset);
    }
  }

  @override
  void recalculate() {
    Variable ihn;
    Variable out;

    if (direction == Direction.forward) {
      ihn = v1;
      out = v2;
    } else {
      out = v1;
      ihn = v2;
    }

    out.walkStrength = strength.weakest(ihn.walkStrength);
    out.stay = ihn.stay && _scale.stay && _offset.stay;
    if (out.stay) {
      execute(); // Stay optimization.
    }
  }
}

class StayConstraint extends UnaryConstraint {
  StayConstraint(Variable v, Sym strength, Planner planner) : super(v, strength, planner);

  @override
  void execute() {
    // Stay constraints do nothing.
  }
}

class Variable {
  int value = 0;
  final Vector<AbstractConstraint> constraints = Vector<AbstractConstraint>(2);
  AbstractConstraint? determinedBy;
  Strength walkStrength = Strength.absoluteWeakest;
  bool stay = true;
  int mark = 0;

  Variable();

  /// A variable holding [aValue] (`Variable.value` in the other languages; a Dart class cannot
  /// have a constructor and a field both named `value`).
  Variable.withValue(int aValue) : value = aValue;

  void addConstraint(AbstractConstraint c) {
    constraints.append(c);
  }

  void removeConstraint(AbstractConstraint c) {
    constraints.remove(c);
    if (determinedBy == c) {
      determinedBy = null;
    }
  }
}
