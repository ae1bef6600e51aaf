let i = 0
do i++; while (i < 3) println(i)
