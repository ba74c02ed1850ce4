package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Everyone starts where their work is. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@ModelAttribute("me") Pages.Me me) {
        if (me.partner()) {
            return "redirect:/referrals";
        }
        if (me.is("TECHNICIAN")) {
            return "redirect:/cases";
        }
        if (me.is("COORDINATOR")) {
            return "redirect:/network";
        }
        return "redirect:/dashboard";
    }
}
