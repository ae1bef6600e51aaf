class Btn { label = 'ok'; click = () => this.label; }
const { click } = new Btn();
println(click());
