// Pipy's expression helpers: invoke, repeat, branch, select.
println(invoke(() => 1 + 1))
println(invoke(() => { throw new TypeError('bad thing') }, msg => 'caught: ' + msg))
println(invoke(() => { throw 'plain' }, msg => 'caught: ' + msg))
println(invoke(() => null.x, 'fallback'))
println(invoke(() => null.x))

var seen = []
println(repeat(i => i < 3 ? void seen.push(i) : 'stop at ' + i), seen.join())
println(repeat(3, i => void seen.push('n' + i)), seen.join())
println(repeat(5, i => i === 2 ? 'two' : undefined))
println(repeat(['a', 'b', 'c'], (v, i) => v === 'b' ? v + i : undefined))
println(repeat([], () => 'never'))

var calls = []
var cond = (v, tag) => () => (calls.push(tag), v)
println(branch(cond(false, 'c1'), 'one', cond(true, 'c2'), () => 'two', cond(true, 'c3'), 'three'), calls.join())
println(branch(false, 'a', 'default'))
println(branch(false, 'a', () => 'default from function'))
println(branch(false, 'a'))
println(branch(1, 'truthy'))

println(select('b', 'a', 1, 'b', 2, 3))
println(select('z', 'a', 1, 'b', 2, 3))
println(select('z', 'a', 1, 'b', 2))
println(select(2, '2', 'loose equality', 'other'))
println(select(5, () => 5, () => 'case from function', 0))

try { branch(1) } catch (e) { println(e.message) }
try { select(1, 2) } catch (e) { println(e.message) }
try { repeat('x', () => 1) } catch (e) { println(e.message) }
try { repeat(2, 'x') } catch (e) { println(e.message) }
try { invoke(42) } catch (e) { println(e.message) }
try { repeat(2, i => { throw new Error('inside ' + i) }) } catch (e) { println(e.message) }
