from bucketlist.app import *


def render(b):
    try:
        return str(b.count())
    except:
        return ''
def very_long_line_function_name_that_goes_on(argument_one, argument_two, argument_three, argument_four):
    return argument_one + argument_two
