from _circ_c import C
D = "d"
