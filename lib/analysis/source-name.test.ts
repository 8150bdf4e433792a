import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

describe('source name and role', () => {
  it('keeps an organisation name in the role when a person follows it', () => {
    const text = 'عنوان\n\nوأكد الصحفي في شبكة شام نيوز ليلى حداد أن الطريق مغلق منذ أمس.';
    const [a] = analyze(text, { entities: false }).attributions;
    expect(a.source.kind).toBe('person');
    expect(a.source.name).toBe('ليلى حداد');
    expect(a.source.role).toContain('شبكة شام نيوز');
  });
  it('leaves a plain titled name whole', () => {
    const text = 'عنوان\n\nوقال الناشط السياسي سامر يوسف الحلبي إن الوضع صعب.';
    const [a] = analyze(text, { entities: false }).attributions;
    expect(a.source.name).toBe('سامر يوسف الحلبي');
  });
});
